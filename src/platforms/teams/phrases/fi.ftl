### Keino's phrases in Finnish: teams.
### How to edit them: docs/translating.md

## The few phrases only the Teams adapter says (the rest comes from the core and features); part of
## Teams' definition, so the catalogue test checks them in every language.

teams-choose = Valitse
teams-required = Tämä tieto tarvitaan.
teams-answeredPrivately = Vastasin sinulle yksityisesti Keinon chatissa.
teams-privateReplyFailed = En saanut lähetettyä vastausta sinulle yksityisesti. Avaa chat Keinon kanssa ja kirjoita komento siellä.
teams-fileTooLarge = Tiedosto { $filename } on liian suuri lähetettäväksi Teamsissa.
