### Keinon fraasit suomeksi: verkkokojelauta.
### Muokkaaminen: docs/translating.md

## Komento chatissa.

command-dashboard-summary = kertakäyttöinen kirjautumislinkki Keinon verkkokojelautaan
command-dashboard-usage = kojelauta
command-dashboardRevoke-summary = kirjaa sinut ulos kojelaudalta kaikissa selaimissa
command-dashboardRevoke-usage = kojelauta sulje
dashboard-heading = Kojelautasi
dashboard-explain = Avaa alla oleva linkki kirjautuaksesi Keinon verkkokojelautaan. Se toimii kerran, vain sinulle, kello { $until } asti.
dashboard-link = Kirjaudu kojelautaan
dashboard-secret = Linkki on kuin salasana: älä anna sitä eteenpäin. Kirjautuneena pysyt sisällä 8 tuntia tai kunnes kirjaudut ulos; `kojelauta sulje` kirjaa sinut ulos kaikkialta.
dashboard-unavailable = Keinolla ei ole julkista osoitetta, joten se ei voi antaa kojelaudan linkkejä. Pyydä ylläpitäjää asettamaan KEINO_PUBLIC_URL siihen https-osoitteeseen, josta Keinon tavoittaa (esimerkiksi https://keino.example.fi).
dashboard-tooManyLinks = Olet pyytänyt useita kirjautumislinkkejä lyhyessä ajassa. Käytä uusinta, tai pyydä uudelleen 10 minuutin kuluttua.
dashboard-revoked = { $count ->
    [0] Sinulla ei ollut avoimia kojelautaistuntoja.
    [one] Yksi kojelautaistunto päättyi: sen selaimen on kirjauduttava uudelleen.
   *[other] { $count } kojelautaistuntoa päättyi: niiden selainten on kirjauduttava uudelleen.
}

## Sivujen kehys.

dashboard-siteName = Keinon kojelauta
dashboard-skip = Siirry sisältöön
dashboard-nav-label = Kojelaudan sivut
dashboard-nav-overview = Yleiskuva
dashboard-nav-organisations = Organisaatiot
dashboard-nav-groups = Kehittäjäryhmät
dashboard-nav-academy = Akatemia
dashboard-nav-faq = UKK
dashboard-nav-polls = Kyselyt
dashboard-signedInAs = Kirjautuneena { $name } ({ $role })
dashboard-role-admin = ylläpitäjä
dashboard-role-coordinator = koordinaattori
dashboard-role-facilitator = fasilitaattori
dashboard-role-member = jäsen
dashboard-logout = Kirjaudu ulos
dashboard-languageName = suomi
dashboard-languages = Kieli
dashboard-download = Lataa CSV-tiedostona
dashboard-filter-organisation = Organisaatio
dashboard-filter-all = Kaikki organisaatiot
dashboard-filter-apply = Näytä
dashboard-empty = Ei vielä näytettävää.
dashboard-signedOut = Olet kirjautunut ulos. Palataksesi kirjoita Keinolle chatissa `kojelauta`.
dashboard-linkRefused = Tämä kirjautumislinkki ei toimi: se on käytetty, vanhentunut tai katkennut. Kirjoita Keinolle chatissa `kojelauta` saadaksesi uuden.
dashboard-notSignedIn = Et ole kirjautunut, tai istuntosi on päättynyt. Kirjoita Keinolle chatissa `kojelauta` saadaksesi kirjautumislinkin.
dashboard-forbidden = Tämä sivu ei ole avoin sinulle.
dashboard-notFound = Sivua ei ole.
dashboard-formRefused = Lomake oli vanhentunut tai tuli muualta, joten mitään ei muutettu. Avaa sivu uudelleen ja yritä taas.
dashboard-failed = Keinon päässä meni jotain vikaan. Yritä hetken kuluttua uudelleen.
dashboard-yes = kyllä
dashboard-no = ei

## Sivut.

dashboard-overview-heading = Verkoston yleiskuva
dashboard-overview-ownHeading = Oma yleiskuvasi
dashboard-overview-ownTasks = Omat toimenpiteesi
dashboard-overview-people = Aktiiviset henkilöt alustoittain, viimeiset { $days } päivää
dashboard-overview-organisations = Toimenpiteet organisaatioittain
dashboard-overview-trend = Toimenpiteet viimeisten { $weeks } viikon aikana
dashboard-organisations-heading = Organisaatiot
dashboard-organisation-byPolicy = Suunnitelma hankintalinjauksittain
dashboard-organisation-byCategory = Suunnitelma hankintakategorioittain
dashboard-organisation-noPolicy = (ei linjausta)
dashboard-organisation-noCategory = (ei kategoriaa)
dashboard-organisation-overdue = Myöhässä olevat toimenpiteet
dashboard-organisation-nudges = Muistutukset vastuuhenkilöille, viimeiset { $days } päivää
dashboard-noOrganisation = (ei organisaatiota)
dashboard-groups-heading = Kehittäjäryhmät
dashboard-groups-members = Jäsenet organisaatioittain
dashboard-groups-rounds = Parikierrokset ja kuinka moni pari tapasi
dashboard-groups-prompts = Toistuvat keskustelunavaukset
dashboard-groups-promptsNote = Vastaukset kirjoitetaan ryhmän kanavalle; Keino laskee lähettämänsä avaukset.
dashboard-academy-heading = KEINO-akatemia
dashboard-academy-sessions = Tilaisuudet viimeisen 12 kuukauden ajalta ja tulevat
dashboard-academy-waiting = Jonotuslistat
dashboard-academy-cohorts = Ilmoittautumiset kohorteittain
dashboard-academy-noCohort = (ei kohorttia)
dashboard-academy-cohortsNote = Keino kirjaa ilmoittautumiset, ei sitä kuka tuli: ”tulossa” on ilmoitettu osallistuminen.
dashboard-faq-heading = UKK
dashboard-faq-weeks = Kysymyksiä viikoittain, viimeiset { $weeks } viikkoa
dashboard-faq-answerRate = Keino vastasi { $rate } %:iin { $asked } kysymyksestä.
dashboard-faq-unanswered = Vastaamattomat kysymykset
dashboard-faq-unansweredAdmin = Valitse kysymys tehdäksesi siitä UKK-vastauksen.
dashboard-faq-feedback = Palaute vastauksista
dashboard-faq-makeEntry = Uusi UKK-vastaus kysymyksestä
dashboard-faq-question = Kysymys
dashboard-faq-answer = Vastaus
dashboard-faq-save = Tallenna vastaus
dashboard-faq-saved = Vastaus { $id } on nyt UKK:ssa.
dashboard-faq-answerMissing = Kirjoita vastaus (enintään 4 000 merkkiä) ja kysymys (enintään 500).
dashboard-polls-heading = Kyselyt
dashboard-polls-channels = Vastaukset kanavittain
dashboard-polls-privacy = Vain määrät: kenenkään ääntä ei näytetä, eikä nimettömistä kyselyistä ole tallessa ääniä.
dashboard-polls-polls = Kyselyt

## Sarakkeet ja tilat.

dashboard-col-platform = Alusta
dashboard-col-people = Henkilöitä
dashboard-col-organisation = Organisaatio
dashboard-col-done = Valmiit
dashboard-col-onTime = Aikataulussa
dashboard-col-dueSoon = Erääntyy 14 päivässä
dashboard-col-overdue = Myöhässä
dashboard-col-week = Viikko alkaen
dashboard-col-name = Nimi
dashboard-col-title = Toimenpide
dashboard-col-owner = Vastuuhenkilö
dashboard-col-dueDate = Määräpäivä
dashboard-col-nudges = Muistutuksia
dashboard-col-lastNudge = Viimeisin muistutus
dashboard-col-group = Ryhmä
dashboard-col-members = Jäseniä
dashboard-col-round = Kierros
dashboard-col-date = Päivä
dashboard-col-pairs = Pareja
dashboard-col-met = Tavanneita pareja
dashboard-col-answered = Vastattuja
dashboard-col-unanswered = Vastaamattomia
dashboard-col-prompt = Avaus
dashboard-col-sent = Lähetetty kertaa
dashboard-col-state = Tila
dashboard-col-session = Tilaisuus
dashboard-col-startsAt = Alkaa
dashboard-col-cohort = Kohortti
dashboard-col-places = Paikkoja
dashboard-col-going = Tulossa
dashboard-col-maybe = Ehkä
dashboard-col-waiting = Jonossa
dashboard-col-position = Sija jonossa
dashboard-col-person = Henkilö
dashboard-col-sessions = Tilaisuuksia
dashboard-col-questions = Kysymyksiä
dashboard-col-answerRate = Vastattu (%)
dashboard-col-asked = Kysytty
dashboard-col-language = Kieli
dashboard-col-question = Kysymys
dashboard-col-entry = Vastaus
dashboard-col-helpful = Hyödyllinen
dashboard-col-notHelpful = Ei hyödyllinen
dashboard-col-channel = Kanava
dashboard-col-polls = Kyselyjä
dashboard-col-responses = Vastauksia
dashboard-col-perPoll = Vastauksia kyselyä kohden
dashboard-col-poll = Kysely
dashboard-col-createdAt = Kysytty
dashboard-col-anonymous = Nimetön
dashboard-state-active = käytössä
dashboard-state-cancelled = peruttu
dashboard-state-open = avoinna
dashboard-state-closed = suljettu
