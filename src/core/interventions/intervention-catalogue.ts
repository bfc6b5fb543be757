import { defineCatalogue, plural } from '../i18n/catalogue-types.js';

/** Hankintaluotsi interventions: commands, lists, nudges, the import report. */
export const interventionCatalogue = defineCatalogue({
  // Commands
  'command.tasks.summary': {
    fi: 'näyttää sinun toimenpiteesi, lähin määräaika ensin',
    sv: 'visar dina åtgärder, närmaste tidsfrist först',
    en: 'shows your interventions, the soonest due first',
  },
  'command.tasks.usage': { fi: 'tehtävät', sv: 'tasks', en: 'tasks' },
  'command.tasksOrg.summary': {
    fi: 'organisaatiosi tilannekuva: tilat, myöhässä olevat ja seuraavat 14 päivää',
    sv: 'din organisations läge: status, försenade och de kommande 14 dagarna',
    en: "your organisation's overview: statuses, what is overdue, the next 14 days",
  },
  'command.tasksOrg.usage': { fi: 'tehtävät org [organisaatio]', sv: 'tasks org [organisation]', en: 'tasks org [organisation]' },
  'command.done.summary': { fi: 'merkitsee toimenpiteen valmiiksi', sv: 'markerar en åtgärd som klar', en: 'marks an intervention done' },
  'command.done.usage': { fi: 'valmis <numero>', sv: 'done <nummer>', en: 'done <id>' },
  'command.snooze.summary': {
    fi: 'lykkää toimenpiteen muistutuksia, esimerkiksi 1vk tai päivämäärään asti',
    sv: 'skjuter upp påminnelserna om en åtgärd, till exempel 1w eller till ett datum',
    en: "postpones an intervention's reminders, for example 1w or until a date",
  },
  'command.snooze.usage': { fi: 'lykkää <numero> <kesto tai päivämäärä>', sv: 'snooze <nummer> <tid eller datum>', en: 'snooze <id> <duration or date>' },
  'command.taskAdd.summary': {
    fi: 'lisää organisaatiollesi toimenpiteen ja sille vastuuhenkilön',
    sv: 'lägger till en åtgärd med ansvarsperson för din organisation',
    en: 'adds an intervention with an owner for your organisation',
  },
  'command.taskAdd.usage': {
    fi: 'tehtävä lisää "<otsikko>" <sähköposti> <määräaika>',
    sv: 'task add "<rubrik>" <e-post> <tidsfrist>',
    en: 'task add "<title>" <owner e-mail> <due date>',
  },
  'command.taskAssign.summary': {
    fi: 'siirtää toimenpiteen toiselle vastuuhenkilölle',
    sv: 'ger en åtgärd till en annan ansvarsperson',
    en: 'hands an intervention to another owner',
  },
  'command.taskAssign.usage': { fi: 'tehtävä siirrä <numero> <sähköposti>', sv: 'task assign <nummer> <e-post>', en: 'task assign <id> <owner e-mail>' },
  'command.taskStart.summary': { fi: 'merkitsee toimenpiteen aloitetuksi', sv: 'markerar en åtgärd som påbörjad', en: 'marks an intervention in progress' },
  'command.taskStart.usage': { fi: 'tehtävä aloita <numero>', sv: 'task start <nummer>', en: 'task start <id>' },
  'command.taskHistory.summary': {
    fi: 'näyttää toimenpiteen muutoshistorian',
    sv: 'visar en åtgärds ändringshistorik',
    en: "shows an intervention's history of changes",
  },
  'command.taskHistory.usage': { fi: 'tehtävä historia <numero>', sv: 'task history <nummer>', en: 'task history <id>' },

  // Argument labels and expectations
  'interventions.arg.id': { fi: 'toimenpiteen numero', sv: 'åtgärdens nummer', en: 'intervention number' },
  'interventions.arg.title': { fi: 'otsikko', sv: 'rubrik', en: 'title' },
  'interventions.arg.owner': { fi: 'vastuuhenkilön sähköposti', sv: 'ansvarspersonens e-post', en: "owner's e-mail" },
  'interventions.arg.dueDate': { fi: 'määräaika', sv: 'tidsfrist', en: 'due date' },
  'interventions.arg.snooze': { fi: 'lykkäys', sv: 'uppskov', en: 'snooze' },
  'interventions.arg.organisation': { fi: 'organisaatio', sv: 'organisation', en: 'organisation' },
  'interventions.arg.policy': { fi: 'hankintalinjaus', sv: 'upphandlingsriktlinje', en: 'procurement policy' },
  'interventions.arg.category': { fi: 'hankintakategoria', sv: 'upphandlingskategori', en: 'procurement category' },
  'interventions.arg.email': {
    fi: 'sähköpostiosoitetta, esimerkiksi maija.meikalainen@kunta.fi',
    sv: 'en e-postadress, till exempel maja.meikalainen@kommun.fi',
    en: 'an e-mail address such as maija.meikalainen@kunta.fi',
  },
  'interventions.arg.durationOrDate': {
    fi: 'kestoa (3pv, 1vk) tai päivämäärää (31.12.2026)',
    sv: 'en tid (3d, 1w) eller ett datum (31.12.2026)',
    en: 'a duration (3d, 1w) or a date (31.12.2026)',
  },

  // Statuses and due dates in words
  'interventions.status.planned': { fi: 'suunniteltu', sv: 'planerad', en: 'planned' },
  'interventions.status.in_progress': { fi: 'käynnissä', sv: 'pågår', en: 'in progress' },
  'interventions.status.done': { fi: 'valmis', sv: 'klar', en: 'done' },
  'interventions.status.cancelled': { fi: 'peruttu', sv: 'inställd', en: 'cancelled' },
  'interventions.due.overdue': {
    fi: ({ days }) => `${days} ${plural(Number(days), 'päivä', 'päivää')} myöhässä`,
    sv: ({ days }) => `${days} ${plural(Number(days), 'dag', 'dagar')} försenad`,
    en: ({ days }) => `${days} ${plural(Number(days), 'day', 'days')} overdue`,
  },
  'interventions.dueOn': {
    fi: ({ when, date }) => `määräaika ${when} (${date})`,
    sv: ({ when, date }) => `tidsfrist ${when} (${date})`,
    en: ({ when, date }) => `due ${when} (${date})`,
  },
  'interventions.overdueOn': {
    fi: ({ when, date }) => `⚠️ ${when} (määräaika ${date})`,
    sv: ({ when, date }) => `⚠️ ${when} (tidsfrist ${date})`,
    en: ({ when, date }) => `⚠️ ${when} (due ${date})`,
  },
  'interventions.snoozedUntil': {
    fi: ({ date }) => `muistutukset lykätty ${date} asti`,
    sv: ({ date }) => `påminnelserna uppskjutna till ${date}`,
    en: ({ date }) => `reminders snoozed until ${date}`,
  },
  'interventions.ownerLabel': { fi: 'vastuu', sv: 'ansvar', en: 'owner' },
  'interventions.unreachable': { fi: 'ei tavoitettavissa', sv: 'nås inte', en: 'cannot be reached' },

  // Lists
  'interventions.mine.heading': { fi: 'Sinun toimenpiteesi', sv: 'Dina åtgärder', en: 'Your interventions' },
  'interventions.mine.none': {
    fi: 'Sinulla ei ole avoimia toimenpiteitä. Hienoa!',
    sv: 'Du har inga öppna åtgärder. Bra jobbat!',
    en: 'You have no open interventions. Well done!',
  },
  'interventions.namesAndMore': {
    fi: ({ names, count }) => `${names} ja ${count} muuta`,
    sv: ({ names, count }) => `${names} och ${count} till`,
    en: ({ names, count }) => `${names} and ${count} more`,
  },
  'interventions.more': {
    fi: ({ count }) => `… ja ${count} muuta.`,
    sv: ({ count }) => `… och ${count} till.`,
    en: ({ count }) => `… and ${count} more.`,
  },
  'interventions.home.all': { fi: 'Kaikki toimenpiteeni', sv: 'Alla mina åtgärder', en: 'All my interventions' },
  'interventions.org.heading': {
    fi: ({ organisation }) => `${organisation}: toimenpiteet`,
    sv: ({ organisation }) => `${organisation}: åtgärder`,
    en: ({ organisation }) => `${organisation}: interventions`,
  },
  'interventions.org.progress': { fi: 'Valmiina', sv: 'Klara', en: 'Done' },
  'interventions.chart.state.done': { fi: 'valmis', sv: 'klar', en: 'done' },
  'interventions.chart.state.onTime': { fi: 'aikataulussa', sv: 'enligt plan', en: 'on time' },
  'interventions.chart.state.dueSoon': { fi: 'erääntyy 14 päivässä', sv: 'förfaller inom 14 dagar', en: 'due within 14 days' },
  'interventions.chart.state.overdue': { fi: 'myöhässä', sv: 'försenad', en: 'overdue' },
  'interventions.chart.statusTitle': {
    fi: ({ organisation }) => `${organisation}: toimenpiteiden tila`,
    sv: ({ organisation }) => `${organisation}: åtgärdernas läge`,
    en: ({ organisation }) => `${organisation}: where the interventions stand`,
  },
  'interventions.chart.statusAlt': {
    fi: ({ organisation, done, overdue, dueSoon, onTime }) =>
      `Organisaation ${organisation} toimenpiteet: ${done} valmiina, ${overdue} myöhässä, ${dueSoon} erääntyy 14 päivässä, ${onTime} aikataulussa.`,
    sv: ({ organisation, done, overdue, dueSoon, onTime }) =>
      `Åtgärderna i ${organisation}: ${done} klara, ${overdue} försenade, ${dueSoon} förfaller inom 14 dagar, ${onTime} enligt plan.`,
    en: ({ organisation, done, overdue, dueSoon, onTime }) =>
      `Interventions of ${organisation}: ${done} done, ${overdue} overdue, ${dueSoon} due within 14 days, ${onTime} on time.`,
  },
  'interventions.chart.byCategory': { fi: 'Hankintakategorioittain', sv: 'Per upphandlingskategori', en: 'By procurement category' },
  'interventions.chart.byPolicy': { fi: 'Hankintalinjauksittain', sv: 'Per upphandlingsriktlinje', en: 'By procurement policy' },
  'interventions.chart.noGroup': { fi: 'ei kategoriaa', sv: 'ingen kategori', en: 'no category' },
  'interventions.chart.otherGroups': { fi: 'muut', sv: 'övriga', en: 'other' },
  'interventions.chart.groupAltPart': {
    fi: ({ name, done, overdue, dueSoon, onTime }) => `${name} ${done} valmiina, ${overdue} myöhässä, ${dueSoon} erääntyy pian, ${onTime} aikataulussa`,
    sv: ({ name, done, overdue, dueSoon, onTime }) => `${name} ${done} klara, ${overdue} försenade, ${dueSoon} förfaller snart, ${onTime} enligt plan`,
    en: ({ name, done, overdue, dueSoon, onTime }) => `${name} ${done} done, ${overdue} overdue, ${dueSoon} due soon, ${onTime} on time`,
  },
  'interventions.chart.sinceLastWeek': {
    fi: ({ changes }) => `Viime viikosta: ${changes}.`,
    sv: ({ changes }) => `Sedan förra veckan: ${changes}.`,
    en: ({ changes }) => `Since last week: ${changes}.`,
  },
  'interventions.org.overdueCount': { fi: 'myöhässä', sv: 'försenade', en: 'overdue' },
  'interventions.org.overdue': { fi: 'Myöhässä', sv: 'Försenade', en: 'Overdue' },
  'interventions.org.upcoming': { fi: 'Seuraavat 14 päivää', sv: 'De kommande 14 dagarna', en: 'The next 14 days' },
  'interventions.org.nothingOverdue': { fi: 'Mikään ei ole myöhässä.', sv: 'Inget är försenat.', en: 'Nothing is overdue.' },
  'interventions.org.nothingUpcoming': {
    fi: 'Ei määräaikoja seuraavien 14 päivän aikana.',
    sv: 'Inga tidsfrister de kommande 14 dagarna.',
    en: 'Nothing is due in the next 14 days.',
  },
  'interventions.org.empty': {
    fi: 'Organisaatiolla ei ole vielä toimenpiteitä. Tuo ne Hankintaluotsista: lähetä CSV-tiedosto minulle yksityisviestinä, tai lisää yksi komennolla **tehtävä lisää**.',
    sv: 'Organisationen har inga åtgärder ännu. Importera dem från Hankintaluotsi: skicka CSV-filen till mig i ett direktmeddelande, eller lägg till en med **task add**.',
    en: 'The organisation has no interventions yet. Import them from Hankintaluotsi: send me the CSV file in a direct message, or add one with **task add**.',
  },
  'interventions.org.emptyConsole': {
    fi: 'Organisaatiolla ei ole vielä toimenpiteitä. Tuo ne Hankintaluotsista komennolla `npm run keino -- import interventions <tiedosto.csv>` tai lisää yksi komennolla **tehtävä lisää**.',
    sv: 'Organisationen har inga åtgärder ännu. Importera dem från Hankintaluotsi med `npm run keino -- import interventions <fil.csv>` eller lägg till en med **task add**.',
    en: 'The organisation has no interventions yet. Import them from Hankintaluotsi with `npm run keino -- import interventions <file.csv>`, or add one with **task add**.',
  },
  'interventions.org.unreachable': {
    fi: ({ emails }) => `Nämä vastuuhenkilöt eivät ole vielä käyttäneet Keinoa, joten en tavoita heitä: ${emails}`,
    sv: ({ emails }) => `De här ansvarspersonerna har inte använt Keino ännu, så jag når dem inte: ${emails}`,
    en: ({ emails }) => `These owners have not used Keino yet, so I cannot reach them: ${emails}`,
  },

  // Buttons and outcomes
  'interventions.button.done': { fi: 'Valmis', sv: 'Klar', en: 'Done' },
  'interventions.button.start': { fi: 'Työn alla', sv: 'Pågår', en: 'In progress' },
  'interventions.button.snoozeWeek': { fi: 'Lykkää viikolla', sv: 'Skjut upp en vecka', en: 'Snooze a week' },
  'interventions.button.snoozeUntil': { fi: 'Lykkää päivään…', sv: 'Skjut upp till…', en: 'Snooze until…' },
  'interventions.button.askGroup': { fi: 'Kysy kehittäjäryhmältä', sv: 'Fråga min utvecklargrupp', en: 'Ask my developer group' },
  'interventions.outcome.done': {
    fi: ({ id, title, name }) => `✅ #${id} ${title} on valmis (merkitsi ${name}).`,
    sv: ({ id, title, name }) => `✅ #${id} ${title} är klar (markerad av ${name}).`,
    en: ({ id, title, name }) => `✅ #${id} ${title} is done (marked by ${name}).`,
  },
  'interventions.outcome.alreadyDone': {
    fi: ({ id, title }) => `#${id} ${title} oli jo merkitty valmiiksi. Mitään ei muutettu.`,
    sv: ({ id, title }) => `#${id} ${title} var redan markerad som klar. Inget ändrades.`,
    en: ({ id, title }) => `#${id} ${title} was already marked done. Nothing changed.`,
  },
  'interventions.outcome.started': {
    fi: ({ id, title, name }) => `▶️ #${id} ${title} on työn alla (merkitsi ${name}).`,
    sv: ({ id, title, name }) => `▶️ #${id} ${title} pågår (markerad av ${name}).`,
    en: ({ id, title, name }) => `▶️ #${id} ${title} is in progress (marked by ${name}).`,
  },
  'interventions.outcome.alreadyStarted': {
    fi: ({ id, title }) => `#${id} ${title} oli jo työn alla. Mitään ei muutettu.`,
    sv: ({ id, title }) => `#${id} ${title} pågick redan. Inget ändrades.`,
    en: ({ id, title }) => `#${id} ${title} was already in progress. Nothing changed.`,
  },
  'interventions.outcome.snoozed': {
    fi: ({ id, title, date }) => `⏸️ #${id} ${title}: muistutukset lykätty ${date} asti.`,
    sv: ({ id, title, date }) => `⏸️ #${id} ${title}: påminnelserna uppskjutna till ${date}.`,
    en: ({ id, title, date }) => `⏸️ #${id} ${title}: reminders snoozed until ${date}.`,
  },
  'interventions.outcome.alreadySnoozed': {
    fi: ({ id, title, date }) => `#${id} ${title} oli jo lykätty ${date} asti. Mitään ei muutettu.`,
    sv: ({ id, title, date }) => `#${id} ${title} var redan uppskjuten till ${date}. Inget ändrades.`,
    en: ({ id, title, date }) => `#${id} ${title} was already snoozed until ${date}. Nothing changed.`,
  },
  'interventions.outcome.added': {
    fi: ({ id, title, owner, date }) => `Lisätty #${id} ${title}: vastuuhenkilö ${owner}, määräaika ${date}.`,
    sv: ({ id, title, owner, date }) => `Tillagd #${id} ${title}: ansvarsperson ${owner}, tidsfrist ${date}.`,
    en: ({ id, title, owner, date }) => `Added #${id} ${title}: owner ${owner}, due ${date}.`,
  },
  'interventions.outcome.assigned': {
    fi: ({ id, title, owner }) => `#${id} ${title} on nyt henkilön ${owner} vastuulla.`,
    sv: ({ id, title, owner }) => `#${id} ${title} har nu ${owner} som ansvarsperson.`,
    en: ({ id, title, owner }) => `#${id} ${title} is now owned by ${owner}.`,
  },
  'interventions.outcome.alreadyAssigned': {
    fi: ({ id, title, owner }) => `#${id} ${title} oli jo henkilön ${owner} vastuulla. Mitään ei muutettu.`,
    sv: ({ id, title, owner }) => `#${id} ${title} hade redan ${owner} som ansvarsperson. Inget ändrades.`,
    en: ({ id, title, owner }) => `#${id} ${title} was already owned by ${owner}. Nothing changed.`,
  },
  'interventions.ownerCannotBeReached': {
    fi: ({ owner }) =>
      `${owner} ei ole vielä käyttänyt Keinoa Slackissa eikä Teamsissa, joten en voi vielä muistuttaa häntä. Muistutukset alkavat, kun hän kirjoittaa Keinolle.`,
    sv: ({ owner }) =>
      `${owner} har inte använt Keino i Slack eller Teams ännu, så jag kan inte påminna hen än. Påminnelserna börjar när hen skriver till Keino.`,
    en: ({ owner }) => `${owner} has not used Keino in Slack or Teams yet, so I cannot remind them yet. Reminders start once they write to Keino.`,
  },

  // History
  'interventions.history.heading': {
    fi: ({ id, title }) => `Historia: #${id} ${title}`,
    sv: ({ id, title }) => `Historik: #${id} ${title}`,
    en: ({ id, title }) => `History: #${id} ${title}`,
  },
  'interventions.field.title': { fi: 'otsikko', sv: 'rubrik', en: 'title' },
  'interventions.field.description': { fi: 'kuvaus', sv: 'beskrivning', en: 'description' },
  'interventions.field.owner': { fi: 'vastuuhenkilö', sv: 'ansvarsperson', en: 'owner' },
  'interventions.field.dueDate': { fi: 'määräaika', sv: 'tidsfrist', en: 'due date' },
  'interventions.field.status': { fi: 'tila', sv: 'status', en: 'status' },
  'interventions.field.policy': { fi: 'hankintalinjaus', sv: 'riktlinje', en: 'policy' },
  'interventions.field.category': { fi: 'kategoria', sv: 'kategori', en: 'category' },
  'interventions.field.completedAt': { fi: 'valmistui', sv: 'klar', en: 'completed' },
  'interventions.field.snoozedUntil': { fi: 'lykätty asti', sv: 'uppskjuten till', en: 'snoozed until' },
  'interventions.action.created': { fi: 'lisätty', sv: 'tillagd', en: 'added' },
  'interventions.action.imported': { fi: 'tuotu', sv: 'importerad', en: 'imported' },
  'interventions.action.completed': { fi: 'valmis', sv: 'klar', en: 'done' },
  'interventions.action.started': { fi: 'aloitettu', sv: 'påbörjad', en: 'started' },
  'interventions.action.snoozed': { fi: 'lykätty', sv: 'uppskjuten', en: 'snoozed' },
  'interventions.action.assigned': { fi: 'siirretty', sv: 'tilldelad', en: 'reassigned' },
  'interventions.action.changed': { fi: 'muutettu', sv: 'ändrad', en: 'changed' },
  'interventions.form.snoozeTitle': { fi: 'Lykkää muistutuksia', sv: 'Skjut upp påminnelser', en: 'Snooze reminders' },
  'interventions.form.snoozeSubmit': { fi: 'Lykkää', sv: 'Skjut upp', en: 'Snooze' },
  'interventions.form.snoozeDate': { fi: 'Muistuta minua uudelleen', sv: 'Påminn mig igen', en: 'Remind me again on' },
  'interventions.history.keino': { fi: 'Keino / tuonti', sv: 'Keino / import', en: 'Keino / import' },

  // Refusals and problems
  'interventions.notFound': {
    fi: ({ id }) => `En löydä toimenpidettä #${id} sinun organisaatiostasi. Kirjoita **tehtävät** nähdäksesi omasi.`,
    sv: ({ id }) => `Jag hittar ingen åtgärd #${id} i din organisation. Skriv **tasks** för att se dina.`,
    en: ({ id }) => `I can't find intervention #${id} in your organisation. Type **tasks** to see yours.`,
  },
  'interventions.notYours': {
    fi: ({ id }) => `Toimenpide #${id} ei ole sinun vastuullasi. Vain vastuuhenkilö, organisaation koordinaattorit ja ylläpitäjät voivat muuttaa sitä.`,
    sv: ({ id }) => `Åtgärd #${id} är inte ditt ansvar. Bara ansvarspersonen, organisationens koordinatorer och administratörer kan ändra den.`,
    en: ({ id }) => `Intervention #${id} is not yours. Only its owner, the organisation's coordinators and admins can change it.`,
  },
  'interventions.closed': {
    fi: ({ id, title }) => `#${id} ${title} on jo valmis tai peruttu, joten sitä ei voi enää aloittaa eikä lykätä.`,
    sv: ({ id, title }) => `#${id} ${title} är redan klar eller inställd, så den kan inte längre påbörjas eller skjutas upp.`,
    en: ({ id, title }) => `#${id} ${title} is already done or cancelled, so it can no longer be started or snoozed.`,
  },
  'interventions.snoozePast': {
    fi: 'Lykkäyksen pitää päättyä tulevaisuudessa.',
    sv: 'Uppskovet måste sluta i framtiden.',
    en: 'A snooze must end in the future.',
  },
  'interventions.snoozeTooLong': {
    fi: 'Voit lykätä enintään vuodeksi kerrallaan.',
    sv: 'Du kan skjuta upp högst ett år åt gången.',
    en: 'You can snooze for a year at most.',
  },
  'interventions.coordinatorsOnly': {
    fi: 'Tämä on vain organisaation koordinaattoreille ja ylläpitäjille.',
    sv: 'Det här är bara för organisationens koordinatorer och administratörer.',
    en: "This is only for the organisation's coordinators and admins.",
  },
  'interventions.noOrganisation': {
    fi: 'Et kuulu vielä mihinkään organisaatioon. Pyydä ylläpitäjää liittämään sinut organisaatioosi.',
    sv: 'Du hör inte till någon organisation ännu. Be en administratör att koppla dig till din organisation.',
    en: 'You do not belong to an organisation yet. Ask an admin to add you to yours.',
  },
  'interventions.nameOrganisation': {
    fi: ({ names }) => `Kerro, minkä organisaation tiedot haluat nähdä. Toimenpiteitä on näillä: ${names}`,
    sv: ({ names }) => `Säg vilken organisation du vill se. Dessa har åtgärder: ${names}`,
    en: ({ names }) => `Name the organisation you want to see. These have interventions: ${names}`,
  },
  'interventions.unknownOrganisation': {
    fi: ({ name }) => `En löydä organisaatiota ”${name}”, jonka tietoja voisit katsoa.`,
    sv: ({ name }) => `Jag hittar ingen organisation ”${name}” som du kan se.`,
    en: ({ name }) => `I can't find an organisation "${name}" that you may see.`,
  },
  'interventions.duplicateTitle': {
    fi: ({ title }) => `Organisaatiolla on jo toimenpide ”${title}”. Mitään ei lisätty.`,
    sv: ({ title }) => `Organisationen har redan en åtgärd ”${title}”. Inget lades till.`,
    en: ({ title }) => `The organisation already has an intervention "${title}". Nothing was added.`,
  },
  'interventions.ownerElsewhere': {
    fi: ({ email }) => `${email} kuuluu toiseen organisaatioon, joten en voi antaa toimenpidettä hänen vastuulleen.`,
    sv: ({ email }) => `${email} hör till en annan organisation, så jag kan inte ge hen åtgärden.`,
    en: ({ email }) => `${email} belongs to another organisation, so I can't make them the owner.`,
  },

  // Nudges, escalations, the digest
  'interventions.nudge.heading': {
    fi: ({ title }) => `⏰ Muistutus: ${title}`,
    sv: ({ title }) => `⏰ Påminnelse: ${title}`,
    en: ({ title }) => `⏰ Reminder: ${title}`,
  },
  'interventions.nudge.overdueHeading': {
    fi: ({ title }) => `⚠️ Myöhässä: ${title}`,
    sv: ({ title }) => `⚠️ Försenad: ${title}`,
    en: ({ title }) => `⚠️ Overdue: ${title}`,
  },
  'interventions.nudge.intro': {
    fi: 'Olet tämän Hankintaluotsin toimenpiteen vastuuhenkilö. Miten se etenee?',
    sv: 'Du är ansvarsperson för den här åtgärden från Hankintaluotsi. Hur går det?',
    en: 'You own this intervention from Hankintaluotsi. How is it going?',
  },
  'interventions.nudge.snoozeEnded': {
    fi: 'Lykkäys päättyi. Miten toimenpide etenee?',
    sv: 'Uppskovet är slut. Hur går det med åtgärden?',
    en: 'Your snooze has ended. How is the intervention going?',
  },
  'interventions.nudge.due': { fi: 'Määräaika', sv: 'Tidsfrist', en: 'Due' },
  'interventions.nudge.policy': { fi: 'Hankintalinjaus', sv: 'Upphandlingsriktlinje', en: 'Procurement policy' },
  'interventions.nudge.category': { fi: 'Hankintakategoria', sv: 'Upphandlingskategori', en: 'Procurement category' },
  'interventions.nudge.organisation': { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
  'interventions.nudge.status': { fi: 'Tila', sv: 'Status', en: 'Status' },
  'interventions.nudge.commands': {
    fi: ({ id }) => `Voit myös kirjoittaa **valmis ${id}** tai **lykkää ${id} 1vk**. Kaikki toimenpiteesi: **tehtävät**.`,
    sv: ({ id }) => `Du kan också skriva **done ${id}** eller **snooze ${id} 1w**. Alla dina åtgärder: **tasks**.`,
    en: ({ id }) => `You can also type **done ${id}** or **snooze ${id} 1w**. All your interventions: **tasks**.`,
  },
  'interventions.escalation.heading': {
    fi: ({ title, days }) => `⚠️ ${days} päivää myöhässä: ${title}`,
    sv: ({ title, days }) => `⚠️ ${days} dagar försenad: ${title}`,
    en: ({ title, days }) => `⚠️ ${days} days overdue: ${title}`,
  },
  'interventions.escalation.text': {
    fi: ({ owner, organisation }) => `Vastuuhenkilö: ${owner}. Saat tämän, koska koordinoit organisaation ${organisation} toimenpiteitä.`,
    sv: ({ owner, organisation }) => `Ansvarsperson: ${owner}. Du får det här eftersom du koordinerar åtgärderna i ${organisation}.`,
    en: ({ owner, organisation }) => `Owner: ${owner}. You get this because you coordinate the interventions of ${organisation}.`,
  },
  'interventions.digest.heading': {
    fi: ({ organisation }) => `Viikkokatsaus: ${organisation}`,
    sv: ({ organisation }) => `Veckoöversikt: ${organisation}`,
    en: ({ organisation }) => `Weekly digest: ${organisation}`,
  },
  'interventions.digest.footer': {
    fi: 'Koko tilanne: **tehtävät org**. Muistutusten aikataulu: **tehtävä aikataulu**.',
    sv: 'Hela läget: **tasks org**. Påminnelsernas schema: **task schedule**.',
    en: 'The whole picture: **tasks org**. The reminder schedule: **task schedule**.',
  },

  // The nudge schedule
  'command.taskSchedule.summary': {
    fi: 'näyttää tai muuttaa organisaation muistutusten aikataulun',
    sv: 'visar eller ändrar organisationens påminnelseschema',
    en: "shows or changes your organisation's reminder schedule",
  },
  'command.taskSchedule.usage': {
    fi: 'tehtävä aikataulu [ennen=14,7,1] [klo=09:00] [määräpäivä=kyllä|ei] [myöhässä=7] [eskalointi=7] [kooste=ma|ei] [kooste-klo=09:00]',
    sv: 'task schedule [before=14,7,1] [at=09:00] [due=on|off] [overdue=7] [escalate=7] [digest=mon|off] [digest-at=09:00]',
    en: 'task schedule [before=14,7,1] [at=09:00] [due=on|off] [overdue=7] [escalate=7] [digest=mon|off] [digest-at=09:00]',
  },
  'interventions.schedule.heading': {
    fi: ({ organisation }) => `Muistutusten aikataulu: ${organisation}`,
    sv: ({ organisation }) => `Påminnelseschema: ${organisation}`,
    en: ({ organisation }) => `Reminder schedule: ${organisation}`,
  },
  'interventions.schedule.before': { fi: 'Ennen määräaikaa', sv: 'Före tidsfristen', en: 'Before the due date' },
  'interventions.schedule.beforeValue': {
    fi: ({ days }) => `${days} päivää ennen`,
    sv: ({ days }) => `${days} dagar före`,
    en: ({ days }) => `${days} days before`,
  },
  'interventions.schedule.at': {
    fi: 'Kellonaika (vastuuhenkilön aikavyöhyke)',
    sv: 'Klockslag (ansvarspersonens tidszon)',
    en: "Time (the owner's time zone)",
  },
  'interventions.schedule.onDue': { fi: 'Määräpäivänä', sv: 'På förfallodagen', en: 'On the due date' },
  'interventions.schedule.overdue': { fi: 'Myöhässä ollessa', sv: 'När den är försenad', en: 'While overdue' },
  'interventions.schedule.every': {
    fi: ({ days }) => `${days} päivän välein`,
    sv: ({ days }) => `var ${days}:e dag`,
    en: ({ days }) => `every ${days} days`,
  },
  'interventions.schedule.escalate': { fi: 'Koordinaattoreille', sv: 'Till koordinatorerna', en: 'To the coordinators' },
  'interventions.schedule.escalateValue': {
    fi: ({ days }) => `kun ${days} päivää myöhässä`,
    sv: ({ days }) => `när ${days} dagar försenad`,
    en: ({ days }) => `when ${days} days overdue`,
  },
  'interventions.schedule.digest': { fi: 'Viikkokooste koordinaattoreille', sv: 'Veckoöversikt till koordinatorerna', en: 'Weekly digest to coordinators' },
  'interventions.schedule.yes': { fi: 'kyllä', sv: 'ja', en: 'yes' },
  'interventions.schedule.no': { fi: 'ei', sv: 'nej', en: 'no' },
  'interventions.schedule.saved': {
    fi: 'Aikataulu tallennettu, ja avointen toimenpiteiden muistutukset suunniteltu uudelleen.',
    sv: 'Schemat är sparat och påminnelserna för öppna åtgärder är planerade på nytt.',
    en: 'Schedule saved, and the reminders of open interventions planned again.',
  },
  'interventions.schedule.hint': {
    fi: 'Muuta esimerkiksi: **tehtävä aikataulu ennen=30,7 klo=08:30 kooste=pe**',
    sv: 'Ändra till exempel: **task schedule before=30,7 at=08:30 digest=fri**',
    en: 'Change it like this: **task schedule before=30,7 at=08:30 digest=fri**',
  },
  'interventions.arg.daysList': {
    fi: 'päivien luetteloa, esimerkiksi 14,7,1 (tai ei)',
    sv: 'en lista med dagar, till exempel 14,7,1 (eller nej)',
    en: 'a list of days such as 14,7,1 (or none)',
  },
  'interventions.arg.days': { fi: 'päivien määrää 0–365 (0 = ei koskaan)', sv: 'ett antal dagar 0–365 (0 = aldrig)', en: 'a number of days 0–365 (0 = never)' },
  'interventions.arg.before': { fi: 'ennen', sv: 'före', en: 'before' },
  'interventions.arg.at': { fi: 'kellonaika', sv: 'klockslag', en: 'time' },
  'interventions.arg.onDue': { fi: 'määräpäivä', sv: 'förfallodag', en: 'due' },
  'interventions.arg.overdue': { fi: 'myöhässä', sv: 'försenad', en: 'overdue' },
  'interventions.arg.escalate': { fi: 'eskalointi', sv: 'eskalering', en: 'escalate' },
  'interventions.arg.digest': { fi: 'kooste', sv: 'översikt', en: 'digest' },
  'interventions.arg.digestAt': { fi: 'koosteen kellonaika', sv: 'översiktens klockslag', en: 'digest time' },

  // Ask my developer group
  'interventions.askGroup.title': { fi: 'Kysy kehittäjäryhmältä', sv: 'Fråga utvecklargruppen', en: 'Ask your developer group' },
  'interventions.askGroup.submit': { fi: 'Lähetä kysymys', sv: 'Skicka frågan', en: 'Send the question' },
  'interventions.askGroup.group': { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' },
  'interventions.askGroup.question': { fi: 'Kysymyksesi', sv: 'Din fråga', en: 'Your question' },
  'interventions.askGroup.initial': {
    fi: ({ title }) => `Meillä on työn alla toimenpide ”${title}”. Miten te olette toteuttaneet vastaavan? Mitä kannattaa ottaa huomioon?`,
    sv: ({ title }) => `Vi arbetar med åtgärden ”${title}”. Hur har ni genomfört något liknande? Vad ska man tänka på?`,
    en: ({ title }) => `We are working on the intervention "${title}". How have you done something similar? What should we keep in mind?`,
  },
  'interventions.askGroup.noGroups': {
    fi: 'Et ole vielä kehittäjäryhmässä, jolla on kanava. Katso ryhmät komennolla **ryhmät**.',
    sv: 'Du är inte med i någon utvecklargrupp med en kanal ännu. Se grupperna med **groups**.',
    en: 'You are not in a developer group with a channel yet. See the groups with **groups**.',
  },
  'interventions.askGroup.chooseGroup': { fi: 'Valitse yksi ryhmistäsi.', sv: 'Välj en av dina grupper.', en: 'Choose one of your groups.' },
  'interventions.askGroup.writeQuestion': { fi: 'Kirjoita kysymys.', sv: 'Skriv en fråga.', en: 'Write a question.' },
  'interventions.askGroup.postHeading': {
    fi: ({ name, organisation }) => `❓ ${name} (${organisation}) kysyy ryhmältä`,
    sv: ({ name, organisation }) => `❓ ${name} (${organisation}) frågar gruppen`,
    en: ({ name, organisation }) => `❓ ${name} (${organisation}) asks the group`,
  },
  'interventions.askGroup.intervention': { fi: 'Toimenpide', sv: 'Åtgärd', en: 'Intervention' },
  'interventions.askGroup.answerHere': {
    fi: 'Vastaa tähän ketjuun: kokemuksesi auttaa.',
    sv: 'Svara i tråden: din erfarenhet hjälper.',
    en: 'Answer in this thread: your experience helps.',
  },
  'interventions.askGroup.posted': {
    fi: ({ group, platforms }) => `Kysymyksesi on lähetetty ryhmän ${group} kanavalle (${platforms}).`,
    sv: ({ group, platforms }) => `Din fråga har skickats till kanalen för gruppen ${group} (${platforms}).`,
    en: ({ group, platforms }) => `Your question is in the channel of ${group} (${platforms}).`,
  },
  'interventions.askGroup.failed': {
    fi: ({ group }) => `En saanut kysymystä ryhmän ${group} kanavalle juuri nyt. Yritä hetken päästä uudelleen.`,
    sv: ({ group }) => `Jag kunde inte skicka frågan till kanalen för gruppen ${group} just nu. Försök igen om en stund.`,
    en: ({ group }) => `I could not post the question in the channel of ${group} just now. Please try again in a moment.`,
  },

  // Import
  'interventions.file.kind': {
    fi: 'Hankintaluotsin toimenpiteet (CSV-tiedosto, koordinaattoreille ja ylläpitäjille)',
    sv: 'Hankintaluotsi-åtgärder (CSV-fil, för koordinatorer och administratörer)',
    en: 'Hankintaluotsi interventions (a CSV file, for coordinators and admins)',
  },
  'interventions.import.rejected': {
    fi: ({ count }) =>
      `Tiedostoa ei tuotu, eikä siitä tallennettu mitään: ${count} ${plural(Number(count), 'ongelma', 'ongelmaa')}. Korjaa ja tuo tiedosto uudelleen.`,
    sv: ({ count }) =>
      `Filen importerades inte och ingenting sparades: ${count} ${plural(Number(count), 'problem', 'problem')}. Rätta och importera filen igen.`,
    en: ({ count }) =>
      `The file was not imported and nothing of it was saved: ${count} ${plural(Number(count), 'problem', 'problems')}. Fix them and import the file again.`,
  },
  'interventions.import.where': {
    fi: ({ line, column }) => `Rivi ${line}, sarake ${column}`,
    sv: ({ line, column }) => `Rad ${line}, kolumn ${column}`,
    en: ({ line, column }) => `Line ${line}, column ${column}`,
  },
  'interventions.import.whereLine': {
    fi: ({ line }) => `Rivi ${line}`,
    sv: ({ line }) => `Rad ${line}`,
    en: ({ line }) => `Line ${line}`,
  },
  'interventions.import.problem.encoding': {
    fi: 'tiedosto ei ole UTF-8-muodossa. Tallenna se Excelissä muodossa ”CSV UTF-8 (luetteloerotin)”.',
    sv: 'filen är inte i UTF-8. Spara den i Excel som ”CSV UTF-8 (kommaavgränsad)”.',
    en: 'the file is not UTF-8. Save it from Excel as "CSV UTF-8 (comma delimited)".',
  },
  'interventions.import.problem.structure': {
    fi: 'rivin rakenne on rikki (esimerkiksi lainausmerkki jäi sulkematta).',
    sv: 'radens struktur är trasig (till exempel ett citattecken som inte stängs).',
    en: 'the line is malformed (for example a quotation mark is not closed).',
  },
  'interventions.import.problem.missingColumn': {
    fi: 'otsikkoriviltä puuttuu tämä sarake. Tarvittavat sarakkeet: organisation, title, owner_email, due_date (lisäksi status, policy, category).',
    sv: 'rubrikraden saknar den här kolumnen. Nödvändiga kolumner: organisation, title, owner_email, due_date (dessutom status, policy, category).',
    en: 'the header row lacks this column. Required columns: organisation, title, owner_email, due_date (and status, policy, category).',
  },
  'interventions.import.problem.missing': { fi: 'arvo puuttuu.', sv: 'värdet saknas.', en: 'the value is missing.' },
  'interventions.import.problem.email': {
    fi: ({ value }) => `”${value}” ei ole sähköpostiosoite.`,
    sv: ({ value }) => `”${value}” är ingen e-postadress.`,
    en: ({ value }) => `"${value}" is not an e-mail address.`,
  },
  'interventions.import.problem.date': {
    fi: ({ value }) => `”${value}” ei ole mahdollinen päivämäärä. Kirjoita 2026-12-31 tai 31.12.2026.`,
    sv: ({ value }) => `”${value}” är inget möjligt datum. Skriv 2026-12-31 eller 31.12.2026.`,
    en: ({ value }) => `"${value}" is not a possible date. Write 2026-12-31 or 31.12.2026.`,
  },
  'interventions.import.problem.status': {
    fi: ({ value }) => `tuntematon tila ”${value}”. Käy: suunniteltu, käynnissä, valmis, peruttu (tai planned, in progress, done, cancelled).`,
    sv: ({ value }) => `okänd status ”${value}”. Godtas: planerad, pågår, klar, avbruten (eller planned, in progress, done, cancelled).`,
    en: ({ value }) => `unknown status "${value}". Accepted: planned, in progress, done, cancelled (or Finnish suunniteltu, käynnissä, valmis, peruttu).`,
  },
  'interventions.import.problem.priority': {
    fi: ({ value }) => `”${value}” ei ole prioriteetti (kokonaisluku, 1 = tärkein).`,
    sv: ({ value }) => `”${value}” är ingen prioritet (heltal, 1 = viktigast).`,
    en: ({ value }) => `"${value}" is not a priority (a whole number, 1 = most important).`,
  },
  'interventions.import.problem.tooLong': {
    fi: ({ value }) => `arvo on liian pitkä (enintään ${value} merkkiä).`,
    sv: ({ value }) => `värdet är för långt (högst ${value} tecken).`,
    en: ({ value }) => `the value is too long (at most ${value} characters).`,
  },
  'interventions.import.problem.duplicate': {
    fi: ({ value, first }) => `”${value}” on tiedostossa jo rivillä ${first} samalle organisaatiolle.`,
    sv: ({ value, first }) => `”${value}” finns redan på rad ${first} för samma organisation.`,
    en: ({ value, first }) => `"${value}" is already on line ${first} for the same organisation.`,
  },
  'interventions.import.problem.empty': {
    fi: 'tiedostossa ei ole yhtään toimenpidettä.',
    sv: 'filen innehåller inga åtgärder.',
    en: 'the file contains no interventions.',
  },
  'interventions.import.problem.tooManyRows': {
    fi: 'tiedostossa on yli 10 000 riviä. Jaa se osiin.',
    sv: 'filen har över 10 000 rader. Dela upp den.',
    en: 'the file has more than 10,000 rows. Split it.',
  },
  'interventions.import.problem.foreignOrganisation': {
    fi: ({ value }) => `voit tuoda vain oman organisaatiosi toimenpiteitä, et organisaation ”${value}”.`,
    sv: ({ value }) => `du kan bara importera din egen organisations åtgärder, inte ”${value}”.`,
    en: ({ value }) => `you may import only your own organisation's interventions, not "${value}".`,
  },
  'interventions.import.problem.ownerElsewhere': {
    fi: ({ value }) => `${value} kuuluu toiseen organisaatioon; toimenpiteen omistaja on oman organisaation henkilö.`,
    sv: ({ value }) => `${value} hör till en annan organisation; en åtgärds ägare är en person i den egna organisationen.`,
    en: ({ value }) => `${value} belongs to another organisation; an intervention's owner is someone of its own organisation.`,
  },
  'interventions.import.done': {
    fi: ({ rows, created, updated, unchanged }) => `Tuotu ${rows} riviä: ${created} uutta, ${updated} päivitetty, ${unchanged} ennallaan.`,
    sv: ({ rows, created, updated, unchanged }) => `Importerade ${rows} rader: ${created} nya, ${updated} uppdaterade, ${unchanged} oförändrade.`,
    en: ({ rows, created, updated, unchanged }) => `Imported ${rows} rows: ${created} new, ${updated} updated, ${unchanged} unchanged.`,
  },
  'interventions.import.organisations': {
    fi: ({ names }) => `Organisaatiot: ${names}.`,
    sv: ({ names }) => `Organisationer: ${names}.`,
    en: ({ names }) => `Organisations: ${names}.`,
  },
  'interventions.import.unreachable': {
    fi: ({ count, emails }) =>
      `${count} vastuuhenkilöä ei ole vielä tavoitettavissa, koska he eivät ole käyttäneet Keinoa Slackissa eikä Teamsissa: ${emails}. Muistutukset alkavat, kun he kirjoittavat Keinolle.`,
    sv: ({ count, emails }) =>
      `${count} ansvarspersoner kan inte nås ännu eftersom de inte har använt Keino i Slack eller Teams: ${emails}. Påminnelserna börjar när de skriver till Keino.`,
    en: ({ count, emails }) =>
      `${count} owners cannot be reached yet because they have not used Keino in Slack or Teams: ${emails}. Reminders start once they write to Keino.`,
  },
  'interventions.import.ignored': {
    fi: ({ names }) => `Nämä sarakkeet ohitettiin: ${names}.`,
    sv: ({ names }) => `De här kolumnerna ignorerades: ${names}.`,
    en: ({ names }) => `These columns were ignored: ${names}.`,
  },
});
