### Keino's phrases in Finnish: working-days.
### How to edit them: docs/translating.md

## Working days

command-away-summary = kertoo poissaolostasi: muistutuksia ei tule sillä välin
command-away-usage = poissa 6.7.2026..24.7.2026 | poissa pois
command-orgDaysOff-summary = organisaation omat vapaapäivät, joina muistutuksia ei lähetetä (koordinaattorit)
command-orgDaysOff-usage = org vapaapäivät [lisää|poista <päivä>]
command-orgSummer-summary = organisaation kesätauko: ei muistutuksia eikä koosteita, yhteenveto tauon jälkeen (koordinaattorit)
command-orgSummer-usage = org kesä 1.7.2026..31.7.2026 | org kesä pois [vuosi]
workingDays-arg-range = aikaväli
workingDays-arg-rangeProblem = aikaväliä muodossa 1.7.2026..31.7.2026 (tai pois)
workingDays-arg-change = lisää tai poista
workingDays-arg-date = päivä
workingDays-arg-year = vuosi
workingDays-arg-yearProblem = vuotta, esimerkiksi 2026
workingDays-awaySet = Selvä: olet poissa { $dates }. Muistutuksia ei tule sillä välin, ja koordinaattorisi näkee poissaolon viikkokatsauksessa. Lopeta aiemmin: **poissa pois**.
workingDays-awayNow = Olet poissa { $dates }. Lopeta: **poissa pois**.
workingDays-awayNone = Et ole merkinnyt poissaoloa. Esimerkiksi: **poissa 6.7.2026..24.7.2026**.
workingDays-awayOff = Tervetuloa takaisin! Muistutukset jatkuvat.
workingDays-awayWasOff = Sinulla ei ollut poissaoloa, joten mitään ei muutettu.
workingDays-awayPast = Poissaolo on jo mennyt. Anna tuleva aikaväli.
workingDays-awayTooFar = Poissaolon voi merkitä enintään vuoden päähän.
workingDays-summerTooLong = Kesätauko on yhden vuoden sisällä ja enintään { $days } päivää.
workingDays-dayOffAdded = { $date } on nyt organisaation { $organisation } vapaapäivä: muistutukset siirtyvät sen ohi.
workingDays-dayOffExisted = { $date } oli jo vapaapäivä, joten mitään ei muutettu.
workingDays-dayOffRemoved = { $date } ei ole enää organisaation { $organisation } oma vapaapäivä.
workingDays-dayOffWasNot = { $date } ei ollut organisaation oma vapaapäivä, joten mitään ei muutettu.
workingDays-dayOffUsage = Kirjoita esimerkiksi **org vapaapäivät lisää 28.12.2026** tai **org vapaapäivät poista 28.12.2026**.
workingDays-summerSet = Organisaation { $organisation } kesätauko on { $dates }: ei muistutuksia eikä koosteita, ja tauon jälkeisenä ensimmäisenä työpäivänä yhteenveto siitä, mikä erääntyi.
workingDays-summerOff = Organisaation { $organisation } kesätauko { $year } poistettiin.
workingDays-summerWasOff = Vuodelle { $year } ei ollut kesätaukoa, joten mitään ei muutettu.
workingDays-listHeading = Vapaapäivät: { $organisation }
workingDays-listDays = Omat vapaapäivät
workingDays-listSummer = Kesätauko
workingDays-listRules = Lisäksi viikonloput, arkipyhät, jouluaatto ja juhannusaatto. Muistutus ennen määräpäivää siirtyy edeltävään työpäivään, muut seuraavaan.
workingDays-away = Poissa: { $people }
workingDays-awayUntil = { $name } ({ $to } asti)
workingDays-summary-heading = Kesätauko on ohi: toimenpiteesi
workingDays-summary-intro = Kesätauon { $dates } aikana ja pian sen jälkeen erääntyvät toimenpiteesi:
