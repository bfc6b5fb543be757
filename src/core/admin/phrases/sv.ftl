### Keino's phrases in Swedish: admin.
### How to edit them: docs/translating.md

## Admin

command-adminAudit-summary = visar administrationsloggen: vem gjorde vad och när
command-adminAudit-usage = admin audit [antal]
command-adminRole-summary = ger en person en roll (och en organisation)
command-adminRole-usage = admin role <e-post> admin|facilitator|coordinator|member [--org "<organisation>"]
admin-countLabel = antal
admin-emailLabel = e-post
admin-roleLabel = roll
admin-organisationLabel = organisation
admin-audit-heading = Administrationslogg
admin-audit-empty = Loggen är tom än så länge.
admin-audit-keino = Keino / kommandorad
admin-audit-self = personen själv (uppgifterna raderade)
admin-audit-entry = { $when } · { $who } · `{ $action }` { $target }
admin-audit-entryWithoutTarget = { $when } · { $who } · `{ $action }`
admin-role-unknownPerson = Jag känner ingen med adressen { $email }. Personen behöver skriva till Keino en gång (eller vara importerad som ansvarsperson).
admin-role-notYourself = Du kan inte ändra din egen roll; be en annan administratör.
admin-role-done = { $name } är nu { $role }.
admin-role-doneInOrganisation = { $name } är nu { $role } ({ $organisation }).
