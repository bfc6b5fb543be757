### Keino's phrases in Swedish: interventions.
### How to edit them: docs/translating.md

## Hankintaluotsi interventions: commands, lists, nudges, the import report.

## Commands

command-tasks-summary = visar dina åtgärder, närmaste tidsfrist först
command-tasks-usage = tasks
command-tasksOrg-summary = din organisations läge: status, försenade och de kommande 14 dagarna
command-tasksOrg-usage = tasks org [organisation]
command-done-summary = markerar en åtgärd som klar
command-done-usage = done <nummer>
command-snooze-summary = skjuter upp påminnelserna om en åtgärd, till exempel 1w eller till ett datum
command-snooze-usage = snooze <nummer> <tid eller datum>
command-taskAdd-summary = lägger till en åtgärd med ansvarsperson för din organisation
command-taskAdd-usage = task add "<rubrik>" <e-post> <tidsfrist>
command-taskAssign-summary = ger en åtgärd till en annan ansvarsperson
command-taskAssign-usage = task assign <nummer> <e-post>
command-taskStart-summary = markerar en åtgärd som påbörjad
command-taskStart-usage = task start <nummer>
command-taskHistory-summary = visar en åtgärds ändringshistorik
command-taskHistory-usage = task history <nummer>

## Argument labels and expectations

interventions-arg-id = åtgärdens nummer
interventions-arg-title = rubrik
interventions-arg-owner = ansvarspersonens e-post
interventions-arg-dueDate = tidsfrist
interventions-arg-snooze = uppskov
interventions-arg-organisation = organisation
interventions-arg-policy = upphandlingsriktlinje
interventions-arg-category = upphandlingskategori
interventions-arg-email = en e-postadress, till exempel maja.meikalainen@kommun.fi
interventions-arg-durationOrDate = en tid (3d, 1w) eller ett datum (31.12.2026)

## Statuses and due dates in words

interventions-status-planned = planerad
interventions-status-in_progress = pågår
interventions-status-done = klar
interventions-status-cancelled = inställd
interventions-due-overdue = { $days } { $days ->
        [one] dag
       *[other] dagar
    } försenad
interventions-dueOn = tidsfrist { $when } ({ $date })
interventions-overdueOn = ⚠️ { $when } (tidsfrist { $date })
interventions-snoozedUntil = påminnelserna uppskjutna till { $date }
interventions-ownerLabel = ansvar
interventions-unreachable = nås inte

## Lists

interventions-mine-heading = Dina åtgärder
interventions-mine-none = Du har inga öppna åtgärder. Bra jobbat!
interventions-namesAndMore = { $names } och { $count } till
interventions-more = … och { $count } till.
interventions-home-all = Alla mina åtgärder
interventions-org-heading = { $organisation }: åtgärder
interventions-org-progress = Klara
interventions-chart-state-done = klar
interventions-chart-state-onTime = enligt plan
interventions-chart-state-dueSoon = förfaller inom 14 dagar
interventions-chart-state-overdue = försenad
interventions-chart-statusTitle = { $organisation }: åtgärdernas läge
interventions-chart-statusAlt = Åtgärderna i { $organisation }: { $done } klara, { $overdue } försenade, { $dueSoon } förfaller inom 14 dagar, { $onTime } enligt plan.
interventions-chart-byCategory = Per upphandlingskategori
interventions-chart-byPolicy = Per upphandlingsriktlinje
interventions-chart-noGroup = ingen kategori
interventions-chart-otherGroups = övriga
interventions-chart-groupAltPart = { $name } { $done } klara, { $overdue } försenade, { $dueSoon } förfaller snart, { $onTime } enligt plan
interventions-chart-sinceLastWeek = Sedan förra veckan: { $changes }.
interventions-org-overdueCount = försenade
interventions-org-overdue = Försenade
interventions-org-upcoming = De kommande 14 dagarna
interventions-org-nothingOverdue = Inget är försenat.
interventions-org-nothingUpcoming = Inga tidsfrister de kommande 14 dagarna.
interventions-org-empty = Organisationen har inga åtgärder ännu. Importera dem från Hankintaluotsi: skicka CSV-filen till mig i ett direktmeddelande, eller lägg till en med **task add**.
interventions-org-emptyConsole = Organisationen har inga åtgärder ännu. Importera dem från Hankintaluotsi med `npm run keino -- import interventions <fil.csv>` eller lägg till en med **task add**.
interventions-org-unreachable = De här ansvarspersonerna har inte använt Keino ännu, så jag når dem inte: { $emails }

## Buttons and outcomes

interventions-button-done = Klar
interventions-button-start = Pågår
interventions-button-snoozeWeek = Skjut upp en vecka
interventions-button-snoozeUntil = Skjut upp till…
interventions-button-askGroup = Fråga min utvecklargrupp
interventions-outcome-done = ✅ #{ $id } { $title } är klar (markerad av { $name }).
interventions-outcome-alreadyDone = #{ $id } { $title } var redan markerad som klar. Inget ändrades.
interventions-outcome-started = ▶️ #{ $id } { $title } pågår (markerad av { $name }).
interventions-outcome-alreadyStarted = #{ $id } { $title } pågick redan. Inget ändrades.
interventions-outcome-snoozed = ⏸️ #{ $id } { $title }: påminnelserna uppskjutna till { $date }.
interventions-outcome-alreadySnoozed = #{ $id } { $title } var redan uppskjuten till { $date }. Inget ändrades.
interventions-outcome-added = Tillagd #{ $id } { $title }: ansvarsperson { $owner }, tidsfrist { $date }.
interventions-outcome-assigned = #{ $id } { $title } har nu { $owner } som ansvarsperson.
interventions-outcome-alreadyAssigned = #{ $id } { $title } hade redan { $owner } som ansvarsperson. Inget ändrades.
interventions-ownerCannotBeReached = { $owner } har inte använt Keino i Slack eller Teams ännu, så jag kan inte påminna hen än. Påminnelserna börjar när hen skriver till Keino.

## History

interventions-history-heading = Historik: #{ $id } { $title }
interventions-field-title = rubrik
interventions-field-description = beskrivning
interventions-field-owner = ansvarsperson
interventions-field-dueDate = tidsfrist
interventions-field-status = status
interventions-field-policy = riktlinje
interventions-field-category = kategori
interventions-field-completedAt = klar
interventions-field-snoozedUntil = uppskjuten till
interventions-action-created = tillagd
interventions-action-imported = importerad
interventions-action-completed = klar
interventions-action-started = påbörjad
interventions-action-snoozed = uppskjuten
interventions-action-assigned = tilldelad
interventions-action-changed = ändrad
interventions-form-snoozeTitle = Skjut upp påminnelser
interventions-form-snoozeSubmit = Skjut upp
interventions-form-snoozeDate = Påminn mig igen
interventions-history-keino = Keino / import

## Refusals and problems

interventions-notFound = Jag hittar ingen åtgärd #{ $id } i din organisation. Skriv **tasks** för att se dina.
interventions-notYours = Åtgärd #{ $id } är inte ditt ansvar. Bara ansvarspersonen, organisationens koordinatorer och administratörer kan ändra den.
interventions-closed = #{ $id } { $title } är redan klar eller inställd, så den kan inte längre påbörjas eller skjutas upp.
interventions-snoozePast = Uppskovet måste sluta i framtiden.
interventions-snoozeTooLong = Du kan skjuta upp högst ett år åt gången.
interventions-coordinatorsOnly = Det här är bara för organisationens koordinatorer och administratörer.
interventions-noOrganisation = Du hör inte till någon organisation ännu. Be en administratör att koppla dig till din organisation.
interventions-nameOrganisation = Säg vilken organisation du vill se. Dessa har åtgärder: { $names }
interventions-unknownOrganisation = Jag hittar ingen organisation ”{ $name }” som du kan se.
interventions-duplicateTitle = Organisationen har redan en åtgärd ”{ $title }”. Inget lades till.
interventions-ownerElsewhere = { $email } hör till en annan organisation, så jag kan inte ge hen åtgärden.

## Nudges, escalations, the digest

interventions-nudge-heading = ⏰ Påminnelse: { $title }
interventions-nudge-overdueHeading = ⚠️ Försenad: { $title }
interventions-nudge-intro = Du är ansvarsperson för den här åtgärden från Hankintaluotsi. Hur går det?
interventions-nudge-snoozeEnded = Uppskovet är slut. Hur går det med åtgärden?
interventions-nudge-due = Tidsfrist
interventions-nudge-policy = Upphandlingsriktlinje
interventions-nudge-category = Upphandlingskategori
interventions-nudge-organisation = Organisation
interventions-nudge-status = Status
interventions-nudge-commands = Du kan också skriva **done { $id }** eller **snooze { $id } 1w**. Alla dina åtgärder: **tasks**.
interventions-escalation-heading = ⚠️ { $days } dagar försenad: { $title }
interventions-escalation-text = Ansvarsperson: { $owner }. Du får det här eftersom du koordinerar åtgärderna i { $organisation }.
interventions-digest-heading = Veckoöversikt: { $organisation }
interventions-digest-footer = Hela läget: **tasks org**. Påminnelsernas schema: **task schedule**.

## The nudge schedule

command-taskSchedule-summary = visar eller ändrar organisationens påminnelseschema
command-taskSchedule-usage = task schedule [before=14,7,1] [at=09:00] [due=on|off] [overdue=7] [escalate=7] [digest=mon|off] [digest-at=09:00]
interventions-schedule-heading = Påminnelseschema: { $organisation }
interventions-schedule-before = Före tidsfristen
interventions-schedule-beforeValue = { $days } dagar före
interventions-schedule-at = Klockslag (ansvarspersonens tidszon)
interventions-schedule-onDue = På förfallodagen
interventions-schedule-overdue = När den är försenad
interventions-schedule-every = var { $days }:e dag
interventions-schedule-escalate = Till koordinatorerna
interventions-schedule-escalateValue = när { $days } dagar försenad
interventions-schedule-digest = Veckoöversikt till koordinatorerna
interventions-schedule-yes = ja
interventions-schedule-no = nej
interventions-schedule-saved = Schemat är sparat och påminnelserna för öppna åtgärder är planerade på nytt.
interventions-schedule-hint = Ändra till exempel: **task schedule before=30,7 at=08:30 digest=fri**
interventions-arg-daysList = en lista med dagar, till exempel 14,7,1 (eller nej)
interventions-arg-days = ett antal dagar 0–365 (0 = aldrig)
interventions-arg-before = före
interventions-arg-at = klockslag
interventions-arg-onDue = förfallodag
interventions-arg-overdue = försenad
interventions-arg-escalate = eskalering
interventions-arg-digest = översikt
interventions-arg-digestAt = översiktens klockslag

## Ask my developer group

interventions-askGroup-title = Fråga utvecklargruppen
interventions-askGroup-submit = Skicka frågan
interventions-askGroup-group = Grupp
interventions-askGroup-question = Din fråga
interventions-askGroup-initial = Vi arbetar med åtgärden ”{ $title }”. Hur har ni genomfört något liknande? Vad ska man tänka på?
interventions-askGroup-noGroups = Du är inte med i någon utvecklargrupp med en kanal ännu. Se grupperna med **groups**.
interventions-askGroup-chooseGroup = Välj en av dina grupper.
interventions-askGroup-writeQuestion = Skriv en fråga.
interventions-askGroup-postHeading = ❓ { $name } ({ $organisation }) frågar gruppen
interventions-askGroup-intervention = Åtgärd
interventions-askGroup-answerHere = Svara i tråden: din erfarenhet hjälper.
interventions-askGroup-posted = Din fråga har skickats till kanalen för gruppen { $group } ({ $platforms }).
interventions-askGroup-failed = Jag kunde inte skicka frågan till kanalen för gruppen { $group } just nu. Försök igen om en stund.

## Import

interventions-file-kind = Hankintaluotsi-åtgärder (CSV-fil, för koordinatorer och administratörer)
interventions-import-rejected = Filen importerades inte och ingenting sparades: { $count } { $count ->
        [one] problem
       *[other] problem
    }. Rätta och importera filen igen.
interventions-import-where = Rad { $line }, kolumn { $column }
interventions-import-whereLine = Rad { $line }
interventions-import-problem-structure = radens struktur är trasig (till exempel ett citattecken som inte stängs).
interventions-import-problem-missingColumn = rubrikraden saknar den här kolumnen. Nödvändiga kolumner: organisation, title, owner_email, due_date (dessutom status, policy, category).
interventions-import-problem-missing = värdet saknas.
interventions-import-problem-email = ”{ $value }” är ingen e-postadress.
interventions-import-problem-date = ”{ $value }” är inget möjligt datum. Skriv 2026-12-31 eller 31.12.2026.
interventions-import-problem-status = okänd status ”{ $value }”. Godtas: planerad, pågår, klar, avbruten (eller planned, in progress, done, cancelled).
interventions-import-problem-priority = ”{ $value }” är ingen prioritet (heltal, 1 = viktigast).
interventions-import-problem-tooLong = värdet är för långt (högst { $value } tecken).
interventions-import-problem-duplicate = ”{ $value }” finns redan på rad { $first } för samma organisation.
interventions-import-problem-empty = filen innehåller inga åtgärder.
interventions-import-problem-tooManyRows = filen har över 10 000 rader. Dela upp den.
interventions-import-problem-foreignOrganisation = du kan bara importera din egen organisations åtgärder, inte ”{ $value }”.
interventions-import-problem-ownerElsewhere = { $value } hör till en annan organisation; en åtgärds ägare är en person i den egna organisationen.
interventions-import-done = Importerade { $rows } rader: { $created } nya, { $updated } uppdaterade, { $unchanged } oförändrade.
interventions-import-organisations = Organisationer: { $names }.
interventions-import-unreachable = { $count } ansvarspersoner kan inte nås ännu eftersom de inte har använt Keino i Slack eller Teams: { $emails }. Påminnelserna börjar när de skriver till Keino.
interventions-import-ignored = De här kolumnerna ignorerades: { $names }.
