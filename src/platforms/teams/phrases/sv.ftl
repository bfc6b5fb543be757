### Keino's phrases in Swedish: teams.
### How to edit them: docs/translating.md

## The few phrases only the Teams adapter says (the rest comes from the core and features); part of
## Teams' definition, so the catalogue test checks them in every language.

teams-choose = Välj
teams-required = Det här behövs.
teams-answeredPrivately = Jag svarade dig privat i chatten med Keino.
teams-privateReplyFailed = Jag kunde inte skicka svaret till dig privat. Öppna en chatt med Keino och skriv kommandot där.
teams-fileTooLarge = Filen { $filename } är för stor för att skickas i Teams.

## The message extension: the FAQ search in the compose box and "Ask Keino" on a message.

teams-extension-typeQuestion = Skriv en fråga eller sökord, så letar Keino efter svaret i de vanliga frågorna.
teams-extension-noHits = De vanliga frågorna har inget med de här orden. Pröva andra ord eller fråga Keino i chatten.
teams-askKeino-title = Fråga Keino
teams-askKeino-intro = Keino letar efter svaret i de vanliga frågorna och skickar det till dig i chatten med Keino. Finns inget svar där går frågan vidare till experterna.
teams-askKeino-label = Fråga
teams-askKeino-submit = Fråga
teams-askKeino-answeredHere = Jag svarade dig i den här chatten.
