### Keino's phrases in Finnish: polls.
### How to edit them: docs/translating.md

## Polls

command-poll-summary = kysely tähän kanavaan: vaihtoehdot painikkeina ja tulokset reaaliajassa (ilman vaihtoehtoja avautuu lomake)
command-poll-usage = kysely "<kysymys>" "<vaihtoehto>" "<vaihtoehto>" … [--anonyymi] [--monivalinta <n>] [--sulkeutuu <aika>]
command-pollClose-summary = sulkee kyselyn ja näyttää lopulliset tulokset (kyselyn tekijä tai ylläpitäjä)
command-pollClose-usage = kysely sulje <nro>
command-pollResults-summary = kyselyn tulokset ja CSV-tiedosto kyselyn tekijälle
command-pollResults-usage = kysely tulokset <nro>
poll-questionLabel = kysymys
poll-optionLabel = vaihtoehto
poll-anonymousLabel = anonyymi
poll-multiLabel = valintojen enimmäismäärä
poll-closesLabel = sulkeutumisaika
poll-idLabel = kyselyn numero
poll-questionMissing = Kirjoita kysymys ensin ja vaihtoehdot sen jälkeen, esimerkiksi: kysely "Missä tavataan?" "Helsinki" "Tampere".
poll-questionTooLong = Kysymys on liian pitkä: enintään { $max } merkkiä.
poll-tooFewOptions = Kyselyssä tarvitaan vähintään { $min } vaihtoehtoa.
poll-tooManyOptions = Kyselyssä voi olla enintään { $max } vaihtoehtoa.
poll-emptyOption = Yksi vaihtoehdoista on tyhjä. Kirjoita jokaiseen vaihtoehtoon jotakin.
poll-duplicateOption = Vaihtoehto ”{ $option }” on mukana kahdesti. Jokaisen vaihtoehdon pitää olla eri.
poll-optionTooLong = Vaihtoehto on liian pitkä: enintään { $max } merkkiä.
poll-multiTooLarge = Valintoja voi sallia enintään yhtä monta kuin on vaihtoehtoja ({ $options }), ei { $max }.
poll-multiInvalid = Valintojen määrän pitää olla positiivinen kokonaisluku, esimerkiksi 2.
poll-closesInvalid = En ymmärrä sulkeutumisaikaa. Kirjoita kesto (90m, 2h, 3pv, 1vk), päivämäärä (31.12.2026), kellonaika (16:00) tai molemmat ("31.12.2026 16:00").
poll-closesPast = Sulkeutumisaika { $when } on jo mennyt. Valitse tuleva aika.
poll-closesTooFar = Kysely voi olla auki enintään { $days } päivää.
poll-notFound = Kyselyä #{ $id } ei löydy. Tarkista numero kyselyn alalaidasta.
poll-onlyCreatorCloses = Vain kyselyn tekijä tai ylläpitäjä voi sulkea kyselyn.
poll-onlyCreatorResults = Tulokset ja CSV-tiedosto ovat kyselyn tekijälle ja ylläpitäjille. Tilanteen näet itse kyselystä.
poll-alreadyClosed = Kysely #{ $id } oli jo suljettu.
poll-closedNow = Suljit kyselyn #{ $id }. Lopulliset tulokset näkyvät kyselyssä.
poll-posted = Kysely #{ $id } on julkaistu tähän keskusteluun. Tulokset päivittyvät viestiin; sulje se komennolla `kysely sulje { $id }`.
poll-closedAnnouncement = Kysely ”{ $question }” on päättynyt. Lopulliset tulokset:
poll-anonymousNote = Anonyymi kysely: kukaan – ei kyselyn tekijäkään – ei näe, kuka vastasi mitä.
poll-multiNote = Voit valita enintään { $max } vaihtoehtoa.
poll-voterNames = { $more ->
        [0] { $names }
       *[other] { $names } ja { $more } muuta
    }
poll-summaryLine = { $votes } { $votes ->
        [one] ääni
       *[other] ääntä
    }, { $voters } { $voters ->
        [one] vastaaja
       *[other] vastaajaa
    }
poll-chartAlt = Kyselyn ”{ $question }” tulokset: { $counts }. Yhteensä { $summary }.
poll-chartUnit = ääntä
poll-footer = Kysely #{ $id } · tekijä { $creator }
poll-closesAt = Sulkeutuu { $when }.
poll-closedAt = Suljettu { $when }. Nämä ovat lopulliset tulokset.
poll-closedTag = päättynyt
poll-unknownCreator = tuntematon
poll-closeButton = Sulje kysely
poll-exportButton = Tulokset (CSV)
poll-voteAdded = Äänesi on kirjattu: **{ $option }**. Voit perua sen napsauttamalla samaa vaihtoehtoa uudelleen.
poll-voteCount = Olet valinnut { $count }/{ $max }.
poll-voteRemoved = Peruit äänesi: **{ $option }**.
poll-voteMoved = Vaihdoit äänesi: **{ $from }** → **{ $option }**.
poll-voteLimit = Voit valita enintään { $max } vaihtoehtoa. Peru ensin jokin valinnoistasi napsauttamalla sitä.
poll-voteClosed = Tämä kysely on päättynyt, eikä siihen voi enää vastata. Lopulliset tulokset näkyvät kyselyssä.
poll-voteCast = Äänesi on annettu: **{ $options }**. Anonyymia ääntä ei voi muuttaa: Keino ei tallenna, mitä valitsit, vain että äänestit.
poll-voteFinal = Olet jo äänestänyt tässä anonyymissa kyselyssä. Ääntä ei voi muuttaa, koska Keino ei tiedä, mitä valitsit.
poll-ballotIntro = Valitse enintään { $max } vaihtoehtoa ja paina **Anna ääni**. Anonyymi ääni annetaan kerralla, eikä sitä voi muuttaa jälkeenpäin.
poll-ballotCast = Anna ääni
poll-voteAnonymous = Vastauksesi on anonyymi.
poll-resultsHeading = Kyselyn #{ $id } tulokset: { $question }
poll-exportNote = Tulokset ovat liitteenä CSV-tiedostona.
poll-exportAnonymousNote = Kysely on anonyymi, joten tiedostossa on vain äänimäärät, ei nimiä.
poll-csvOption = vaihtoehto
poll-csvVoter = vastaaja
poll-csvVotedAt = aika (UTC)
poll-csvVotes = äänet
poll-csvFilename = kysely-{ $id }.csv
poll-formTitle = Uusi kysely
poll-formSubmit = Julkaise
poll-formQuestion = Kysymys
poll-formOptions = Vaihtoehdot
poll-formOptionsHint = Yksi vaihtoehto riville, 2–10 vaihtoehtoa.
poll-formAnonymous = Vastaukset
poll-formNamed = Nimelliset – vastaajien nimet näkyvät
poll-formAnonymousChoice = Anonyymit – kukaan ei näe, kuka vastasi mitä
poll-formMulti = Montako vaihtoehtoa saa valita
poll-formMultiHint = Tyhjä: yksi.
poll-formCloses = Sulkeutuu
poll-formClosesHint = Esimerkiksi 2h, 3pv, 16:00 tai 31.12.2026 16:00. Tyhjä: kunnes suljet sen.
poll-formChannel = Kanava, johon kysely julkaistaan
