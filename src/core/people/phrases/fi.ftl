### Keino's phrases in Finnish: people.
### How to edit them: docs/translating.md

## Account

command-lang-summary = vaihtaa kielen, jolla Keino vastaa sinulle
command-lang-usage = kieli fi|sv|en
lang-label = kieli
lang-changed = Selvä! Puhun sinulle nyt suomea.
lang-current = Kielesi on { $language }. Vaihda kirjoittamalla **kieli fi**, **kieli sv** tai **kieli en**.
command-whoami-summary = kertoo, kenenä Keino sinut tuntee
command-whoami-usage = kuka
whoami-heading = Hei, { $name }!
whoami-name = Nimi
whoami-email = Sähköposti
whoami-organisation = Organisaatio
whoami-role = Rooli
whoami-language = Kieli
whoami-timeZone = Aikavyöhyke
whoami-platforms = Yhdistetyt alustat
whoami-unknown = ei tiedossa

## Who is asking: refusals of places Keino does not serve, of buttons it did not sign, and linking.

access-notServed = Keino ei palvele tätä organisaatiota tai työtilaa. Jos tämä on virhe, ota yhteyttä Keinon ylläpitäjiin.
actions-refused = Tätä painiketta ei voi käyttää täällä. Kirjoita komento uudelleen, niin saat uuden.
actions-expired = Tämä painike on vanhentunut. Kirjoita komento uudelleen, niin saat uuden.
command-link-summary = yhdistää Slack- ja Teams-tilisi kertakäyttöisellä koodilla
command-link-usage = yhdistä [koodi]
command-linkOff-summary = erottaa tämän alustan tilin omaksi henkilökseen
command-linkOff-usage = yhdistä pois
link-codeLabel = koodi
link-commandWord = yhdistä
link-heading = Tilien yhdistäminen
link-code = Koodisi on **{ $code }**. Se toimii kerran ja { $minutes } minuutin ajan, ja vain palvelussa { $other }.
link-typeThis = Kirjoita toisessa palvelussa Keinolle **{ $command }** (viimeistään { $until }).
link-secret = Älä anna koodia kenellekään: joka sen kirjoittaa, yhdistyy sinuun ja saa Keinossa samat oikeudet kuin sinulla.
link-linked = Valmis! Tilisi on yhdistetty: Keino tuntee sinut nyt yhtenä henkilönä ({ $platforms }). Erottaminen onnistuu komennolla **yhdistä pois**.
link-unlinked = Tämä { $platform }-tili on nyt oma henkilönsä Keinossa, ilman sähköpostia, organisaatiota tai rooleja. Voit yhdistää sen uudelleen komennolla **yhdistä**.
link-nothingLinked = Tätä tiliä ei ole yhdistetty mihinkään toiseen, joten erotettavaa ei ole.
link-unknownCode = En tunnista tätä koodia. Tarkista se, tai pyydä uusi kirjoittamalla **yhdistä** toisessa palvelussa.
link-usedCode = Tämä koodi on jo käytetty. Pyydä uusi kirjoittamalla **yhdistä** toisessa palvelussa.
link-expiredCode = Tämä koodi on vanhentunut (koodi toimii 10 minuuttia). Pyydä uusi kirjoittamalla **yhdistä** toisessa palvelussa.
link-samePlatform = Koodi kirjoitetaan toisessa palvelussa kuin missä sen sait: jos sait sen Slackissa, kirjoita se Teamsissa, ja päinvastoin.
link-alreadyOne = Nämä tilit on jo yhdistetty: Keino tuntee ne yhtenä henkilönä.
link-linkedElsewhere = Toinen näistä on jo yhdistetty toiseen { $platform }-tiliin. Erota se ensin kirjoittamalla siinä tilissä **yhdistä pois**, ja yhdistä sitten uudelleen.
link-strongerTyper = Tällä tilillä on Keinossa enemmän oikeuksia kuin sillä, joka koodin antoi, eikä koodin kirjoittaminen siirrä oikeuksia. Tee toisin päin: kirjoita **yhdistä** tässä tilissä ja koodi toisessa.
link-roleConflict = Tileilläsi on eri roolit (fasilitaattori ja koordinaattori), joten en yhdistä niitä itse. Pyydä Keinon ylläpitäjää ratkaisemaan asia.
link-organisationConflict = Tilisi kuuluvat eri organisaatioihin, joten en yhdistä niitä itse. Pyydä Keinon ylläpitäjää ratkaisemaan asia.
link-tooManyTries = Liian monta väärää koodia. Odota 10 minuuttia ja pyydä sitten uusi koodi kirjoittamalla **yhdistä** toisessa palvelussa.
