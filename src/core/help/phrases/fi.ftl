### Keino's phrases in Finnish: help.
### How to edit them: docs/translating.md

## Help

help-heading = Näin Keino auttaa
help-intro = Kirjoita komento, esimerkiksi **ryhmät**. Lisätietoa yhdestä komennosta: **ohje <komento>**.
help-familyHeading = Komennot: { $word }
help-aliases = Myös: { $names }
help-onlyFor = Vain: { $roles }
help-commandLabel = komento
command-help-summary = näyttää, mitä voit tehdä täällä
command-home-summary = näyttää kotinäkymäsi: ryhmäsi, tilaisuutesi ja tehtäväsi
command-home-usage = koti
command-help-usage = ohje [komento]
