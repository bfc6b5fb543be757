### Keino's phrases in Finnish: admin.
### How to edit them: docs/translating.md

## Admin

command-adminAudit-summary = näyttää ylläpidon lokin: kuka teki mitä ja milloin
command-adminAudit-usage = ylläpito loki [määrä]
command-adminRole-summary = antaa henkilölle roolin (ja organisaation)
command-adminRole-usage = ylläpito rooli <sähköposti> ylläpitäjä|fasilitaattori|koordinaattori|jäsen [--org "<organisaatio>"]
admin-countLabel = määrä
admin-emailLabel = sähköposti
admin-roleLabel = rooli
admin-organisationLabel = organisaatio
admin-audit-heading = Ylläpidon loki
admin-audit-empty = Lokissa ei ole vielä mitään.
admin-audit-keino = Keino / komentorivi
admin-audit-self = henkilö itse (tiedot poistettu)
admin-audit-entry = { $when } · { $who } · `{ $action }` { $target }
admin-audit-entryWithoutTarget = { $when } · { $who } · `{ $action }`
admin-role-unknownPerson = En tunne ketään osoitteella { $email }. Henkilön pitää kirjoittaa Keinolle kerran (tai olla tuotu toimenpiteiden vastuuhenkilönä).
admin-role-notYourself = Omaa rooliasi et voi muuttaa; pyydä toista ylläpitäjää.
admin-role-done = { $name } on nyt { $role }.
admin-role-doneInOrganisation = { $name } on nyt { $role } ({ $organisation }).
