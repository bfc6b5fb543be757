### Keino's phrases in Finnish: i18n.
### How to edit them: docs/translating.md

## Phrases of the command core itself: errors, argument problems, roles, languages.

errors-unknownCommand = En tunne komentoa ”{ $command }”.
errors-didYouMean = Tarkoititko: { $names }? Kirjoita **ohje** nähdäksesi kaikki komennot.
errors-seeHelp = Kirjoita **ohje** nähdäksesi, mitä voit tehdä.
errors-unterminatedQuote = Lainausmerkki jäi sulkematta. Kirjoita lainattu teksti näin: ”Näin kirjoitetaan”.
errors-tooLong = Viesti on liian pitkä. Kirjoita enintään { $max } merkkiä.
errors-controlCharacters = Viestissä on näkymättömiä ohjausmerkkejä. Kirjoita komento uudelleen tavallisena tekstinä.
errors-badArgument = { $problem } Kirjoita näin: `{ $usage }`
errors-missingArgument = Puuttuu: { $name }.
errors-tooManyArguments = En ymmärrä tätä osaa: ”{ $extra }”.
errors-unknownOption = Valitsinta ”{ $option }” ei ole tässä komennossa.
errors-invalidValue = { $name }: odotin { $expected }.
errors-forbidden = Tämä komento on vain seuraaville: { $roles }.
files-notUnderstood = En osaa käsitellä tiedostoa ”{ $name }”. Luen näitä tiedostoja: { $kinds }. Mitään ei tallennettu.
files-forbidden = Tiedostoja voivat tuoda Keinoon vain seuraavat: { $roles }. Mitään ei tallennettu.
files-tooLarge = Tiedosto on liian suuri: luen enintään { $megabytes } megatavun tiedostoja. Mitään ei tallennettu.
files-unavailable = En saanut tiedostoa haettua, eikä mitään tallennettu. Jaa tiedosto uudelleen hetken päästä.
limits-tooMany = Hetkinen: olet lähettänyt Keinolle paljon pyyntöjä lyhyessä ajassa. Mitään ei tehty; yritä uudelleen { $seconds } sekunnin päästä.
errors-internal = Jotain meni vikaan, eikä mitään tallennettu. Yritä hetken päästä uudelleen.
errors-unavailable = Keino ei juuri nyt tavoita tietokantaansa. Mitään ei tallennettu; yritä uudelleen hetken kuluttua.
errors-unknownAction = Tämä painike ei ole enää käytössä. Kokeile komentoa uudelleen.
errors-noQuestions = En osaa vielä vastata kysymyksiin. Kirjoita **ohje** nähdäksesi, mitä voin tehdä.
arg-text = tekstiä
arg-word = yhtä sanaa
arg-integer = kokonaislukua
arg-positiveInteger = positiivista kokonaislukua
arg-id = numeroa, esimerkiksi 12
arg-date = päivämäärää muodossa 2026-12-31 tai 31.12.2026
arg-time = kellonaikaa muodossa 09:30
arg-duration = kestoa, esimerkiksi 90m, 2h, 3pv tai 1vk
arg-slug = lyhyttä tunnusta (pienet kirjaimet, numerot ja viivat)
arg-oneOf = jotakin näistä: { $options }
arg-tooLong = enintään { $max } merkkiä
role-admin = ylläpitäjä
role-facilitator = fasilitaattori
role-coordinator = koordinaattori
role-member = jäsen
language-fi = suomi
language-sv = ruotsi
language-en = englanti
common-none = ei mitään
conversation-keinoAbsent = Keino ei voi kirjoittaa tähän keskusteluun.
