### Keino's phrases in English: admin.
### How to edit them: docs/translating.md

## Admin

command-adminAudit-summary = shows the audit log: who did what, and when
command-adminAudit-usage = admin audit [count]
command-adminRole-summary = gives a person a role (and an organisation)
command-adminRole-usage = admin role <e-mail> admin|facilitator|coordinator|member [--org "<organisation>"]
admin-countLabel = count
admin-emailLabel = e-mail
admin-roleLabel = role
admin-organisationLabel = organisation
admin-audit-heading = Audit log
admin-audit-empty = Nothing has been logged yet.
admin-audit-keino = Keino / command line
admin-audit-self = the person themselves (data erased)
admin-audit-entry = { $when } · { $who } · `{ $action }` { $target }
admin-audit-entryWithoutTarget = { $when } · { $who } · `{ $action }`
admin-role-unknownPerson = I don't know anyone with the address { $email }. They need to write to Keino once (or be imported as an intervention owner).
admin-role-notYourself = You can't change your own role; ask another admin.
admin-role-done = { $name } is now { $role }.
admin-role-doneInOrganisation = { $name } is now { $role } ({ $organisation }).
