### Keino's phrases in Finnish: privacy.
### How to edit them: docs/translating.md

## Privacy

command-privacyExport-summary = lähettää sinulle tiedoston kaikesta, mitä Keino sinusta tietää
command-privacyExport-usage = tietosuoja vie
command-privacyDelete-summary = poistaa tietosi Keinosta (kysyy ensin vahvistuksen)
command-privacyDelete-usage = tietosuoja poista [vahvista]
privacy-confirmLabel = vahvistus
privacy-export-heading = Tietosi Keinossa
privacy-export-body = Liitteenä on JSON-tiedosto kaikesta, mitä Keino sinusta tallentaa: { $sections }.
privacy-export-note = Tiedosto on vain sinulle. Kirjoita **tietosuoja poista**, jos haluat tietosi poistettavan.
privacy-delete-heading = Poistetaanko tietosi?
privacy-delete-explain = Keino poistaa jäsenyytesi, ilmoittautumisesi, nimetyt äänesi, parikeskustelusi ja tilisi yhteydet. Nimettömissä kyselyissä antamasi äänet jäävät laskuihin, mutta eivät johda sinuun. Kysymyksesi ja palautteesi jäävät tilastoihin ilman nimeäsi. Vastuullasi olevat toimenpiteet siirtyvät organisaatiosi koordinaattorille.
privacy-delete-how = Vahvista painikkeella tai kirjoittamalla **tietosuoja poista vahvista** { $minutes } minuutin kuluessa. Tätä ei voi perua.
privacy-delete-button = Poista tietoni
privacy-delete-stale = Tämä vahvistus ei ole enää voimassa. Kirjoita **tietosuoja poista** uudelleen.
privacy-delete-done = Tietosi on poistettu Keinosta. Jos kirjoitat Keinolle uudelleen, aloitat alusta uutena käyttäjänä.
privacy-delete-handedOver = { $count } { $count ->
        [one] toimenpide siirtyi
       *[other] toimenpidettä siirtyi
    } organisaatiosi koordinaattorille.
privacy-delete-placeholder = Toimenpiteillesi ei löytynyt uutta vastuuhenkilöä, joten ne jäivät nimettömälle paikanpitäjälle; ylläpito voi siirtää ne.
