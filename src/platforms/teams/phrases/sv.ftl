### Keino's phrases in Swedish: teams.
### How to edit them: docs/translating.md

## The few phrases only the Teams adapter says (the rest comes from the core and features); part of
## Teams' definition, so the catalogue test checks them in every language.

teams-choose = Välj
teams-required = Det här behövs.
teams-answeredPrivately = Jag svarade dig privat i chatten med Keino.
teams-privateReplyFailed = Jag kunde inte skicka svaret till dig privat. Öppna en chatt med Keino och skriv kommandot där.
teams-fileTooLarge = Filen { $filename } är för stor för att skickas i Teams.
