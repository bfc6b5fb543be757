### Keino's phrases in Finnish: channels.
### How to edit them: docs/translating.md

## Channels

command-channelLink-summary = liittää tämän kanavan verkoston käyttöön: akatemia (tilaisuuksien ilmoitukset) tai asiantuntijat (kysymykset)
command-channelLink-usage = kanava liitä akatemia|asiantuntijat [aihe]
command-channelUnlink-summary = poistaa tämän kanavan liitoksen
command-channelUnlink-usage = kanava irrota akatemia|asiantuntijat [aihe]
channel-purposeLabel = käyttötarkoitus
channel-tagLabel = aihe
channel-purpose-academy = akatemian ilmoitukset
channel-purpose-experts = asiantuntijakysymykset
channel-notInChannel = Kirjoita tämä komento siinä kanavassa, jonka haluat liittää – ei yksityisviestissä.
channel-linkedPosted = Valmis: tämä kanava on nyt käytössä ({ $purpose }), ja Keino kertoi siitä kanavalla.
channel-linked = Valmis: tämä kanava on nyt käytössä: { $purpose }.
channel-unlinked = Tämä kanava ei ole enää käytössä: { $purpose }.
channel-notLinked = Tätä kanavaa ei ollut liitetty: { $purpose }. Mitään ei muutettu.
