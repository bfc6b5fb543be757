### Keino's phrases in Finnish: teams.
### How to edit them: docs/translating.md

## The few phrases only the Teams adapter says (the rest comes from the core and features); part of
## Teams' definition, so the catalogue test checks them in every language.

teams-choose = Valitse
teams-required = Tämä tieto tarvitaan.
teams-answeredPrivately = Vastasin sinulle yksityisesti Keinon chatissa.
teams-privateReplyFailed = En saanut lähetettyä vastausta sinulle yksityisesti. Avaa chat Keinon kanssa ja kirjoita komento siellä.
teams-fileTooLarge = Tiedosto { $filename } on liian suuri lähetettäväksi Teamsissa.

## The message extension: the FAQ search in the compose box and "Ask Keino" on a message.

teams-extension-typeQuestion = Kirjoita kysymys tai hakusanoja, niin Keino etsii vastauksen UKK:sta.
teams-extension-noHits = UKK:sta ei löytynyt mitään näillä sanoilla. Kokeile muita sanoja tai kysy Keinolta chatissa.
teams-askKeino-title = Kysy Keinolta
teams-askKeino-intro = Keino etsii vastauksen UKK:sta ja lähettää sen sinulle Keinon chattiin. Jos UKK:ssa ei ole vastausta, kysymys välitetään asiantuntijoille.
teams-askKeino-label = Kysymys
teams-askKeino-submit = Kysy
teams-askKeino-answeredHere = Vastasin sinulle tässä chatissa.

## Files too large for a message: the file-consent card in a personal chat, a download link elsewhere.

teams-file-consent = Keino tallentaa tiedoston { $filename } OneDriveesi, kun sallit sen.
teams-file-download = Lataa { $filename }
teams-file-linkLifetime = Linkki toimii { $hours } { $hours ->
        [one] tunnin
       *[other] tuntia
    }. Pyydä tiedosto uudelleen sen jälkeen.
teams-file-uploaded = Tallensin tiedoston { $filename } OneDriveesi.
teams-file-declined = Selvä, en tallentanut tiedostoa { $filename }.
teams-file-declinedPlain = Selvä, en tallentanut tiedostoa.
teams-file-expired = Tämä tiedosto ei ole enää tallessa. Pyydä se Keinolta uudelleen.
teams-file-refused = Tätä tiedostoa ei voi tallentaa tässä. Pyydä se Keinolta uudelleen omassa chatissasi.
teams-file-uploadFailed = Tiedoston tallentaminen OneDriveen epäonnistui. Yritä hetken päästä uudelleen.

## The platform's name, and how to add Keino where it is not (its capabilities: teams-definition.ts).

teams-name = Microsoft Teams
teams-keinoAbsent = Keino ei voi kirjoittaa tähän keskusteluun. Lisää Keino tiimiin tai ryhmäkeskusteluun (Sovellukset → Keino → Lisää) ja yritä sitten uudelleen.

## A developer group's channel created in a team through Microsoft Graph.

teams-groupChannelCreated = Loin ryhmälle kanavan tähän tiimiin; tiimin jäsenet näkevät sen.
teams-groupChannelFailed = En saanut luotua ryhmälle kanavaa tähän tiimiin.
