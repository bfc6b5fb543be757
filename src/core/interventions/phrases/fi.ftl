### Keino's phrases in Finnish: interventions.
### How to edit them: docs/translating.md

## Hankintaluotsi interventions: commands, lists, nudges, the import report.

## Commands

command-tasks-summary = näyttää sinun toimenpiteesi, lähin määräaika ensin
command-tasks-usage = tehtävät
command-tasksOrg-summary = organisaatiosi tilannekuva: tilat, myöhässä olevat ja seuraavat 14 päivää
command-tasksOrg-usage = tehtävät org [organisaatio]
command-done-summary = merkitsee toimenpiteen valmiiksi
command-done-usage = valmis <numero>
command-snooze-summary = lykkää toimenpiteen muistutuksia, esimerkiksi 1vk tai päivämäärään asti
command-snooze-usage = lykkää <numero> <kesto tai päivämäärä>
command-taskAdd-summary = lisää organisaatiollesi toimenpiteen ja sille vastuuhenkilön
command-taskAdd-usage = tehtävä lisää "<otsikko>" <sähköposti> <määräaika>
command-taskAssign-summary = siirtää toimenpiteen toiselle vastuuhenkilölle
command-taskAssign-usage = tehtävä siirrä <numero> <sähköposti>
command-taskStart-summary = merkitsee toimenpiteen aloitetuksi
command-taskStart-usage = tehtävä aloita <numero>
command-taskHistory-summary = näyttää toimenpiteen muutoshistorian
command-taskHistory-usage = tehtävä historia <numero>

## Argument labels and expectations

interventions-arg-id = toimenpiteen numero
interventions-arg-title = otsikko
interventions-arg-owner = vastuuhenkilön sähköposti
interventions-arg-dueDate = määräaika
interventions-arg-snooze = lykkäys
interventions-arg-organisation = organisaatio
interventions-arg-policy = hankintalinjaus
interventions-arg-category = hankintakategoria
interventions-arg-email = sähköpostiosoitetta, esimerkiksi maija.meikalainen@kunta.fi
interventions-arg-durationOrDate = kestoa (3pv, 1vk) tai päivämäärää (31.12.2026)

## Statuses and due dates in words

interventions-status-planned = suunniteltu
interventions-status-in_progress = käynnissä
interventions-status-done = valmis
interventions-status-cancelled = peruttu
interventions-due-overdue = { $days } { $days ->
        [one] päivä
       *[other] päivää
    } myöhässä
interventions-dueOn = määräaika { $when } ({ $date })
interventions-overdueOn = ⚠️ { $when } (määräaika { $date })
interventions-snoozedUntil = muistutukset lykätty { $date } asti
interventions-ownerLabel = vastuu
interventions-unreachable = ei tavoitettavissa

## Lists

interventions-mine-heading = Sinun toimenpiteesi
interventions-mine-none = Sinulla ei ole avoimia toimenpiteitä. Hienoa!
interventions-namesAndMore = { $names } ja { $count } muuta
interventions-more = … ja { $count } muuta.
interventions-home-all = Kaikki toimenpiteeni
interventions-org-heading = { $organisation }: toimenpiteet
interventions-org-progress = Valmiina
interventions-chart-state-done = valmis
interventions-chart-state-onTime = aikataulussa
interventions-chart-state-dueSoon = erääntyy 14 päivässä
interventions-chart-state-overdue = myöhässä
interventions-chart-statusTitle = { $organisation }: toimenpiteiden tila
interventions-chart-statusAlt = Organisaation { $organisation } toimenpiteet: { $done } valmiina, { $overdue } myöhässä, { $dueSoon } erääntyy 14 päivässä, { $onTime } aikataulussa.
interventions-chart-byCategory = Hankintakategorioittain
interventions-chart-byPolicy = Hankintalinjauksittain
interventions-chart-noGroup = ei kategoriaa
interventions-chart-otherGroups = muut
interventions-chart-groupAltPart = { $name } { $done } valmiina, { $overdue } myöhässä, { $dueSoon } erääntyy pian, { $onTime } aikataulussa
interventions-chart-sinceLastWeek = Viime viikosta: { $changes }.
interventions-org-overdueCount = myöhässä
interventions-org-overdue = Myöhässä
interventions-org-upcoming = Seuraavat 14 päivää
interventions-org-nothingOverdue = Mikään ei ole myöhässä.
interventions-org-nothingUpcoming = Ei määräaikoja seuraavien 14 päivän aikana.
interventions-org-empty = Organisaatiolla ei ole vielä toimenpiteitä. Tuo ne Hankintaluotsista: lähetä CSV-tiedosto minulle yksityisviestinä, tai lisää yksi komennolla **tehtävä lisää**.
interventions-org-emptyConsole = Organisaatiolla ei ole vielä toimenpiteitä. Tuo ne Hankintaluotsista komennolla `npm run keino -- import interventions <tiedosto.csv>` tai lisää yksi komennolla **tehtävä lisää**.
interventions-org-unreachable = Nämä vastuuhenkilöt eivät ole vielä käyttäneet Keinoa, joten en tavoita heitä: { $emails }

## Buttons and outcomes

interventions-button-done = Valmis
interventions-button-start = Työn alla
interventions-button-snoozeWeek = Lykkää viikolla
interventions-button-snoozeUntil = Lykkää päivään…
interventions-button-askGroup = Kysy kehittäjäryhmältä
interventions-outcome-done = ✅ #{ $id } { $title } on valmis (merkitsi { $name }).
interventions-outcome-alreadyDone = #{ $id } { $title } oli jo merkitty valmiiksi. Mitään ei muutettu.
interventions-outcome-started = ▶️ #{ $id } { $title } on työn alla (merkitsi { $name }).
interventions-outcome-alreadyStarted = #{ $id } { $title } oli jo työn alla. Mitään ei muutettu.
interventions-outcome-snoozed = ⏸️ #{ $id } { $title }: muistutukset lykätty { $date } asti.
interventions-outcome-alreadySnoozed = #{ $id } { $title } oli jo lykätty { $date } asti. Mitään ei muutettu.
interventions-outcome-added = Lisätty #{ $id } { $title }: vastuuhenkilö { $owner }, määräaika { $date }.
interventions-outcome-assigned = #{ $id } { $title } on nyt henkilön { $owner } vastuulla.
interventions-outcome-alreadyAssigned = #{ $id } { $title } oli jo henkilön { $owner } vastuulla. Mitään ei muutettu.
interventions-ownerCannotBeReached = { $owner } ei ole vielä käyttänyt Keinoa Slackissa eikä Teamsissa, joten en voi vielä muistuttaa häntä. Muistutukset alkavat, kun hän kirjoittaa Keinolle.

## History

interventions-history-heading = Historia: #{ $id } { $title }
interventions-field-title = otsikko
interventions-field-description = kuvaus
interventions-field-owner = vastuuhenkilö
interventions-field-dueDate = määräaika
interventions-field-status = tila
interventions-field-policy = hankintalinjaus
interventions-field-category = kategoria
interventions-field-completedAt = valmistui
interventions-field-snoozedUntil = lykätty asti
interventions-action-created = lisätty
interventions-action-imported = tuotu
interventions-action-completed = valmis
interventions-action-started = aloitettu
interventions-action-snoozed = lykätty
interventions-action-assigned = siirretty
interventions-action-changed = muutettu
interventions-form-snoozeTitle = Lykkää muistutuksia
interventions-form-snoozeSubmit = Lykkää
interventions-form-snoozeDate = Muistuta minua uudelleen
interventions-history-keino = Keino / tuonti

## Refusals and problems

interventions-notFound = En löydä toimenpidettä #{ $id } sinun organisaatiostasi. Kirjoita **tehtävät** nähdäksesi omasi.
interventions-notYours = Toimenpide #{ $id } ei ole sinun vastuullasi. Vain vastuuhenkilö, organisaation koordinaattorit ja ylläpitäjät voivat muuttaa sitä.
interventions-closed = #{ $id } { $title } on jo valmis tai peruttu, joten sitä ei voi enää aloittaa eikä lykätä.
interventions-snoozePast = Lykkäyksen pitää päättyä tulevaisuudessa.
interventions-snoozeTooLong = Voit lykätä enintään vuodeksi kerrallaan.
interventions-coordinatorsOnly = Tämä on vain organisaation koordinaattoreille ja ylläpitäjille.
interventions-noOrganisation = Et kuulu vielä mihinkään organisaatioon. Pyydä ylläpitäjää liittämään sinut organisaatioosi.
interventions-nameOrganisation = Kerro, minkä organisaation tiedot haluat nähdä. Toimenpiteitä on näillä: { $names }
interventions-unknownOrganisation = En löydä organisaatiota ”{ $name }”, jonka tietoja voisit katsoa.
interventions-duplicateTitle = Organisaatiolla on jo toimenpide ”{ $title }”. Mitään ei lisätty.
interventions-ownerElsewhere = { $email } kuuluu toiseen organisaatioon, joten en voi antaa toimenpidettä hänen vastuulleen.

## Nudges, escalations, the digest

interventions-nudge-heading = ⏰ Muistutus: { $title }
interventions-nudge-overdueHeading = ⚠️ Myöhässä: { $title }
interventions-nudge-intro = Olet tämän Hankintaluotsin toimenpiteen vastuuhenkilö. Miten se etenee?
interventions-nudge-snoozeEnded = Lykkäys päättyi. Miten toimenpide etenee?
interventions-nudge-due = Määräaika
interventions-nudge-policy = Hankintalinjaus
interventions-nudge-category = Hankintakategoria
interventions-nudge-organisation = Organisaatio
interventions-nudge-status = Tila
interventions-nudge-commands = Voit myös kirjoittaa **valmis { $id }** tai **lykkää { $id } 1vk**. Kaikki toimenpiteesi: **tehtävät**.
interventions-escalation-heading = ⚠️ { $days } päivää myöhässä: { $title }
interventions-escalation-text = Vastuuhenkilö: { $owner }. Saat tämän, koska koordinoit organisaation { $organisation } toimenpiteitä.
interventions-digest-heading = Viikkokatsaus: { $organisation }
interventions-digest-footer = Koko tilanne: **tehtävät org**. Muistutusten aikataulu: **tehtävä aikataulu**.

## The nudge schedule

command-taskSchedule-summary = näyttää tai muuttaa organisaation muistutusten aikataulun
command-taskSchedule-usage = tehtävä aikataulu [ennen=14,7,1] [klo=09:00] [määräpäivä=kyllä|ei] [myöhässä=7] [eskalointi=7] [kooste=ma|ei] [kooste-klo=09:00]
interventions-schedule-heading = Muistutusten aikataulu: { $organisation }
interventions-schedule-before = Ennen määräaikaa
interventions-schedule-beforeValue = { $days } päivää ennen
interventions-schedule-at = Kellonaika (vastuuhenkilön aikavyöhyke)
interventions-schedule-onDue = Määräpäivänä
interventions-schedule-overdue = Myöhässä ollessa
interventions-schedule-every = { $days } päivän välein
interventions-schedule-escalate = Koordinaattoreille
interventions-schedule-escalateValue = kun { $days } päivää myöhässä
interventions-schedule-digest = Viikkokooste koordinaattoreille
interventions-schedule-yes = kyllä
interventions-schedule-no = ei
interventions-schedule-saved = Aikataulu tallennettu, ja avointen toimenpiteiden muistutukset suunniteltu uudelleen.
interventions-schedule-hint = Muuta esimerkiksi: **tehtävä aikataulu ennen=30,7 klo=08:30 kooste=pe**
interventions-arg-daysList = päivien luetteloa, esimerkiksi 14,7,1 (tai ei)
interventions-arg-days = päivien määrää 0–365 (0 = ei koskaan)
interventions-arg-before = ennen
interventions-arg-at = kellonaika
interventions-arg-onDue = määräpäivä
interventions-arg-overdue = myöhässä
interventions-arg-escalate = eskalointi
interventions-arg-digest = kooste
interventions-arg-digestAt = koosteen kellonaika

## Ask my developer group

interventions-askGroup-title = Kysy kehittäjäryhmältä
interventions-askGroup-submit = Lähetä kysymys
interventions-askGroup-group = Ryhmä
interventions-askGroup-question = Kysymyksesi
interventions-askGroup-initial = Meillä on työn alla toimenpide ”{ $title }”. Miten te olette toteuttaneet vastaavan? Mitä kannattaa ottaa huomioon?
interventions-askGroup-noGroups = Et ole vielä kehittäjäryhmässä, jolla on kanava. Katso ryhmät komennolla **ryhmät**.
interventions-askGroup-chooseGroup = Valitse yksi ryhmistäsi.
interventions-askGroup-writeQuestion = Kirjoita kysymys.
interventions-askGroup-postHeading = ❓ { $name } ({ $organisation }) kysyy ryhmältä
interventions-askGroup-intervention = Toimenpide
interventions-askGroup-answerHere = Vastaa tähän ketjuun: kokemuksesi auttaa.
interventions-askGroup-posted = Kysymyksesi on lähetetty ryhmän { $group } kanavalle ({ $platforms }).
interventions-askGroup-failed = En saanut kysymystä ryhmän { $group } kanavalle juuri nyt. Yritä hetken päästä uudelleen.

## Import

interventions-file-kind = Hankintaluotsin toimenpiteet (CSV-tiedosto, koordinaattoreille ja ylläpitäjille)
interventions-import-rejected = Tiedostoa ei tuotu, eikä siitä tallennettu mitään: { $count } { $count ->
        [one] ongelma
       *[other] ongelmaa
    }. Korjaa ja tuo tiedosto uudelleen.
interventions-import-where = Rivi { $line }, sarake { $column }
interventions-import-whereLine = Rivi { $line }
interventions-import-problem-structure = rivin rakenne on rikki (esimerkiksi lainausmerkki jäi sulkematta).
interventions-import-problem-missingColumn = otsikkoriviltä puuttuu tämä sarake. Tarvittavat sarakkeet: organisation, title, owner_email, due_date (lisäksi status, policy, category).
interventions-import-problem-missing = arvo puuttuu.
interventions-import-problem-email = ”{ $value }” ei ole sähköpostiosoite.
interventions-import-problem-date = ”{ $value }” ei ole mahdollinen päivämäärä. Kirjoita 2026-12-31 tai 31.12.2026.
interventions-import-problem-status = tuntematon tila ”{ $value }”. Käy: suunniteltu, käynnissä, valmis, peruttu (tai planned, in progress, done, cancelled).
interventions-import-problem-priority = ”{ $value }” ei ole prioriteetti (kokonaisluku, 1 = tärkein).
interventions-import-problem-tooLong = arvo on liian pitkä (enintään { $value } merkkiä).
interventions-import-problem-duplicate = ”{ $value }” on tiedostossa jo rivillä { $first } samalle organisaatiolle.
interventions-import-problem-empty = tiedostossa ei ole yhtään toimenpidettä.
interventions-import-problem-tooManyRows = tiedostossa on yli 10 000 riviä. Jaa se osiin.
interventions-import-problem-foreignOrganisation = voit tuoda vain oman organisaatiosi toimenpiteitä, et organisaation ”{ $value }”.
interventions-import-problem-ownerElsewhere = { $value } kuuluu toiseen organisaatioon; toimenpiteen omistaja on oman organisaation henkilö.
interventions-import-done = Tuotu { $rows } riviä: { $created } uutta, { $updated } päivitetty, { $unchanged } ennallaan.
interventions-import-organisations = Organisaatiot: { $names }.
interventions-import-unreachable = { $count } vastuuhenkilöä ei ole vielä tavoitettavissa, koska he eivät ole käyttäneet Keinoa Slackissa eikä Teamsissa: { $emails }. Muistutukset alkavat, kun he kirjoittavat Keinolle.
interventions-import-ignored = Nämä sarakkeet ohitettiin: { $names }.
