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

## Files too large for a message: the file-consent card in a personal chat, a download link elsewhere.

teams-file-consent = Keino sparar filen { $filename } i din OneDrive när du tillåter det.
teams-file-download = Ladda ned { $filename }
teams-file-linkLifetime = Länken fungerar i { $hours } { $hours ->
        [one] timme
       *[other] timmar
    }. Be om filen igen efter det.
teams-file-uploaded = Jag sparade filen { $filename } i din OneDrive.
teams-file-declined = Okej, jag sparade inte filen { $filename }.
teams-file-declinedPlain = Okej, jag sparade inte filen.
teams-file-expired = Den här filen finns inte längre kvar. Be Keino om den igen.
teams-file-refused = Den här filen kan inte sparas här. Be Keino om den igen i din egen chatt.
teams-file-uploadFailed = Det gick inte att spara filen i OneDrive. Försök igen om en stund.

## The platform's name, and how to add Keino where it is not (its capabilities: teams-definition.ts).

teams-name = Microsoft Teams
teams-keinoAbsent = Keino kan inte skriva i den här konversationen. Lägg till Keino i teamet eller gruppchatten (Appar → Keino → Lägg till) och försök sedan igen.

## A developer group's channel created in a team through Microsoft Graph.

teams-groupChannelCreated = Jag skapade en kanal för gruppen i det här teamet; teamets medlemmar ser den.
teams-groupChannelFailed = Jag kunde inte skapa en kanal för gruppen i det här teamet.
