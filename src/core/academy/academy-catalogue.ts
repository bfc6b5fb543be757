import { defineCatalogue } from '../i18n/catalogue-types.js';

/** KEINO-akatemia: sessions, answers, the waiting list and calendar invitations. */
export const academyCatalogue = defineCatalogue({
  'command.sessions.summary': {
    fi: 'tulevat akatemian tilaisuudet ja ilmoittautuminen',
    sv: 'kommande träffar i akademin och anmälan',
    en: 'upcoming academy sessions, with registration buttons',
  },
  'command.sessions.usage': { fi: 'tilaisuudet', sv: 'sessions', en: 'sessions' },
  'command.sessionAdd.summary': {
    fi: 'lisää akatemian tilaisuuden (ilman tietoja avautuu lomake)',
    sv: 'lägger till en träff i akademin (utan uppgifter öppnas ett formulär)',
    en: 'schedules an academy session (with nothing after it, opens a form)',
  },
  'command.sessionAdd.usage': {
    fi: 'tilaisuus lisää "<nimi>" <VVVV-KK-PP> <HH:MM> [<kesto>] ["<paikka tai linkki>"] [paikat=<n>]',
    sv: 'session add "<namn>" <ÅÅÅÅ-MM-DD> <HH:MM> [<längd>] ["<plats eller länk>"] [capacity=<n>]',
    en: 'session add "<title>" <YYYY-MM-DD> <HH:MM> [<duration>] ["<place or link>"] [capacity=<n>]',
  },
  'command.sessionCancel.summary': {
    fi: 'peruu tilaisuuden; ilmoittautuneet saavat tiedon',
    sv: 'ställer in en träff; de anmälda får veta',
    en: 'cancels a session; everyone registered is told',
  },
  'command.sessionCancel.usage': { fi: 'tilaisuus peru <nro>', sv: 'session cancel <nr>', en: 'session cancel <id>' },
  'command.sessionMove.summary': {
    fi: 'siirtää tilaisuuden uuteen aikaan; ilmoittautuneet saavat tiedon',
    sv: 'flyttar en träff till en ny tid; de anmälda får veta',
    en: 'moves a session to a new time; everyone registered is told',
  },
  'command.sessionMove.usage': {
    fi: 'tilaisuus siirrä <nro> <VVVV-KK-PP> <HH:MM> [<kesto>]',
    sv: 'session move <nr> <ÅÅÅÅ-MM-DD> <HH:MM> [<längd>]',
    en: 'session move <id> <YYYY-MM-DD> <HH:MM> [<duration>]',
  },
  'command.sessionAttendees.summary': {
    fi: 'tilaisuuden ilmoittautuneet ja jono (ylläpitäjille ja fasilitaattorille)',
    sv: 'anmälda och kö till en träff (för administratörer och facilitatorn)',
    en: 'who is registered and waiting (for admins and the facilitator)',
  },
  'command.sessionAttendees.usage': { fi: 'tilaisuus osallistujat <nro>', sv: 'session attendees <nr>', en: 'session attendees <id>' },
  'command.rsvp.summary': {
    fi: 'ilmoittautuu tilaisuuteen tai peruu ilmoittautumisen',
    sv: 'anmäler dig till en träff eller tar tillbaka anmälan',
    en: 'registers you for a session, or says you can’t come',
  },
  'command.rsvp.usage': { fi: 'ilmoittaudu <nro> kyllä|ehkä|ei', sv: 'rsvp <nr> ja|kanske|nej', en: 'rsvp <id> yes|maybe|no' },

  'academy.arg.title': { fi: 'tilaisuuden nimi', sv: 'träffens namn', en: 'the title' },
  'academy.arg.date': { fi: 'päivämäärä', sv: 'datum', en: 'the date' },
  'academy.arg.time': { fi: 'alkamisaika', sv: 'starttid', en: 'the start time' },
  'academy.arg.end': { fi: 'kesto tai päättymisaika', sv: 'längd eller sluttid', en: 'the duration or end time' },
  'academy.arg.place': { fi: 'paikka tai linkki', sv: 'plats eller länk', en: 'the place or link' },
  'academy.arg.capacity': { fi: 'paikkojen määrä', sv: 'antal platser', en: 'the number of places' },
  'academy.arg.theme': { fi: 'teema', sv: 'tema', en: 'the theme' },
  'academy.arg.cohort': { fi: 'kohortti', sv: 'kohort', en: 'the cohort' },
  'academy.arg.facilitator': { fi: 'fasilitaattorin sähköposti', sv: 'facilitatorns e-post', en: 'the facilitator’s e-mail' },
  'academy.arg.description': { fi: 'kuvaus', sv: 'beskrivning', en: 'the description' },
  'academy.arg.id': { fi: 'tilaisuuden numero', sv: 'träffens nummer', en: 'the session number' },
  'academy.arg.answer': { fi: 'vastaus', sv: 'svar', en: 'the answer' },

  'academy.when': {
    fi: ({ date, start, end }) => `${date} klo ${start}–${end}`,
    sv: ({ date, start, end }) => `${date} kl. ${start}–${end}`,
    en: ({ date, start, end }) => `${date}, ${start}–${end}`,
  },
  'academy.whenSpanning': {
    fi: ({ date, start, endDate, end }) => `${date} klo ${start} – ${endDate} klo ${end}`,
    sv: ({ date, start, endDate, end }) => `${date} kl. ${start} – ${endDate} kl. ${end}`,
    en: ({ date, start, endDate, end }) => `${date}, ${start} – ${endDate}, ${end}`,
  },

  'academy.sessions.heading': { fi: 'KEINO-akatemian tulevat tilaisuudet', sv: 'KEINO-akademins kommande träffar', en: 'Upcoming KEINO Academy sessions' },
  'academy.sessions.none': {
    fi: 'Tulevia tilaisuuksia ei ole vielä kalenterissa. Kerron akatemian kanavalla, kun uusi lisätään.',
    sv: 'Inga kommande träffar finns i kalendern ännu. Jag berättar i akademins kanal när en ny läggs till.',
    en: 'No upcoming sessions are scheduled yet. I’ll announce new ones in the academy channel.',
  },
  'academy.sessions.more': {
    fi: ({ count }) => `…ja ${count} myöhempää tilaisuutta. Omat tilaisuutesi kalenteriisi: \`kalenteri\`.`,
    sv: ({ count }) => `…och ${count} senare träffar. Dina träffar i din kalender: \`calendar\`.`,
    en: ({ count }) => `…and ${count} later sessions. Your sessions in your own calendar: \`calendar\`.`,
  },
  'academy.field.when': { fi: 'Aika', sv: 'Tid', en: 'When' },
  'academy.field.place': { fi: 'Paikka', sv: 'Plats', en: 'Where' },
  'academy.field.places': { fi: 'Paikkoja', sv: 'Platser', en: 'Places' },
  'academy.field.theme': { fi: 'Teema', sv: 'Tema', en: 'Theme' },
  'academy.field.yourAnswer': { fi: 'Vastauksesi', sv: 'Ditt svar', en: 'Your answer' },
  'academy.placesLeft': {
    fi: ({ left, capacity }) => `${left}/${capacity} vapaana`,
    sv: ({ left, capacity }) => `${left}/${capacity} lediga`,
    en: ({ left, capacity }) => `${left} of ${capacity} left`,
  },
  'academy.placesFull': {
    fi: ({ waiting }) => `täynnä, jonossa ${waiting}`,
    sv: ({ waiting }) => `fullt, ${waiting} i kö`,
    en: ({ waiting }) => `full, ${waiting} waiting`,
  },
  'academy.placesUnlimited': {
    fi: ({ going }) => `ei rajoitettu (${going} tulossa)`,
    sv: ({ going }) => `obegränsat (${going} kommer)`,
    en: ({ going }) => `no limit (${going} going)`,
  },
  'academy.button.going': { fi: 'Tulen', sv: 'Jag kommer', en: 'Going' },
  'academy.button.maybe': { fi: 'Ehkä', sv: 'Kanske', en: 'Maybe' },
  'academy.button.declined': { fi: 'En pääse', sv: 'Kan inte', en: 'Can’t come' },
  'academy.status.going': { fi: 'tulossa', sv: 'kommer', en: 'going' },
  'academy.status.maybe': { fi: 'ehkä', sv: 'kanske', en: 'maybe' },
  'academy.status.declined': { fi: 'ei pääse', sv: 'kan inte', en: 'can’t come' },
  'academy.status.waiting': {
    fi: ({ place }) => `jonossa sijalla ${place}`,
    sv: ({ place }) => `nummer ${place} i kö`,
    en: ({ place }) => `number ${place} on the waiting list`,
  },

  'academy.rsvp.going': {
    fi: ({ title, when }) => `Olet ilmoittautunut: **${title}**, ${when}. Kalenterikutsu on liitteenä.`,
    sv: ({ title, when }) => `Du är anmäld till **${title}**, ${when}. Kalenderinbjudan finns som bilaga.`,
    en: ({ title, when }) => `You’re registered for **${title}**, ${when}. The calendar invitation is attached.`,
  },
  'academy.rsvp.waiting': {
    fi: ({ title, place }) => `**${title}** on täynnä, joten laitoin sinut jonoon: olet jonossa sijalla ${place}. Kerron heti, jos paikka vapautuu.`,
    sv: ({ title, place }) => `**${title}** är fullbokad, så du står nu i kö som nummer ${place}. Jag säger till direkt om en plats blir ledig.`,
    en: ({ title, place }) => `**${title}** is full, so you’re on the waiting list as number ${place}. I’ll tell you as soon as a place opens up.`,
  },
  'academy.rsvp.maybe': {
    fi: ({ title, when }) => `Merkitsin sinulle ”ehkä”: **${title}**, ${when}. Alustava kalenterikutsu on liitteenä.`,
    sv: ({ title, when }) => `Jag noterade ”kanske” för **${title}**, ${when}. En preliminär kalenderinbjudan finns som bilaga.`,
    en: ({ title, when }) => `Noted as maybe: **${title}**, ${when}. A tentative calendar invitation is attached.`,
  },
  'academy.rsvp.declined': {
    fi: ({ title }) => `Kiitos tiedosta, merkitsin, ettet pääse tilaisuuteen **${title}**.`,
    sv: ({ title }) => `Tack för beskedet, jag noterade att du inte kan komma till **${title}**.`,
    en: ({ title }) => `Thanks for letting us know: you’re down as not coming to **${title}**.`,
  },
  'academy.rsvp.removedFromCalendar': {
    fi: 'Liitteenä oleva peruutus poistaa tilaisuuden kalenteristasi.',
    sv: 'Avbokningen i bilagan tar bort träffen ur din kalender.',
    en: 'The attached cancellation removes it from your calendar.',
  },
  'academy.rsvp.placeFreed': {
    fi: 'Vapautunut paikka siirtyi jonossa ensimmäisenä olleelle.',
    sv: 'Den lediga platsen gick till den som stod först i kön.',
    en: 'Your place went to the first person on the waiting list.',
  },

  'academy.added': {
    fi: ({ id, title, when }) => `Tilaisuus #${id} **${title}** on lisätty: ${when}.`,
    sv: ({ id, title, when }) => `Träff #${id} **${title}** har lagts till: ${when}.`,
    en: ({ id, title, when }) => `Session #${id} **${title}** is scheduled: ${when}.`,
  },
  'academy.addedHowToAnswer': {
    fi: ({ id }) => `Ilmoittautuminen: \`ilmoittaudu ${id} kyllä\` tai **tilaisuudet**-listan painikkeilla.`,
    sv: ({ id }) => `Anmälan: \`rsvp ${id} ja\` eller med knapparna i listan **sessions**.`,
    en: ({ id }) => `To register: \`rsvp ${id} yes\`, or the buttons in **sessions**.`,
  },
  'academy.cancelledDone': {
    fi: ({ id, title, count }) => `Tilaisuus #${id} **${title}** on peruttu. Kerron sen kaikille ${count} ilmoittautuneelle.`,
    sv: ({ id, title, count }) => `Träff #${id} **${title}** är inställd. Jag berättar det för alla ${count} anmälda.`,
    en: ({ id, title, count }) => `Session #${id} **${title}** is cancelled. I’ll tell all ${count} people who had registered.`,
  },
  'academy.movedDone': {
    fi: ({ id, title, when }) => `Tilaisuus #${id} **${title}** on siirretty: ${when}. Kerron uuden ajan ilmoittautuneille.`,
    sv: ({ id, title, when }) => `Träff #${id} **${title}** är flyttad till ${when}. Jag berättar den nya tiden för de anmälda.`,
    en: ({ id, title, when }) => `Session #${id} **${title}** is moved to ${when}. I’ll tell everyone registered.`,
  },

  'academy.announce.heading': { fi: 'Uusi KEINO-akatemian tilaisuus', sv: 'Ny träff i KEINO-akademin', en: 'New KEINO Academy session' },
  'academy.announce.howToAnswer': {
    fi: ({ id }) => `Ilmoittaudu painikkeilla tai kirjoittamalla \`ilmoittaudu ${id} kyllä\`. Saat kalenterikutsun ja muistutukset.`,
    sv: ({ id }) => `Anmäl dig med knapparna eller genom att skriva \`rsvp ${id} ja\`. Du får en kalenderinbjudan och påminnelser.`,
    en: ({ id }) => `Register with the buttons or by typing \`rsvp ${id} yes\`. You’ll get a calendar invitation and reminders.`,
  },
  'academy.remind.day': {
    fi: ({ title, day, when }) => `Muistutus: ${day} on **${title}**, ${when}.`,
    sv: ({ title, day, when }) => `Påminnelse: ${day} är det **${title}**, ${when}.`,
    en: ({ title, day, when }) => `Reminder: **${title}** is ${day}, ${when}.`,
  },
  'academy.remind.hour': {
    fi: ({ title, from, when }) => `**${title}** alkaa ${from}: ${when}.`,
    sv: ({ title, from, when }) => `**${title}** börjar ${from}: ${when}.`,
    en: ({ title, from, when }) => `**${title}** starts ${from}: ${when}.`,
  },
  'academy.remind.cantCome': {
    fi: 'Jos et pääsekään, kerro se, niin paikkasi siirtyy jonossa seuraavalle.',
    sv: 'Om du inte kan komma, säg till så går din plats till nästa i kön.',
    en: 'If you can’t make it after all, say so and your place goes to the next person waiting.',
  },
  'academy.notice.cancelled': {
    fi: ({ title, when }) => `Tilaisuus **${title}** (${when}) on peruttu.`,
    sv: ({ title, when }) => `Träffen **${title}** (${when}) är inställd.`,
    en: ({ title, when }) => `**${title}** (${when}) has been cancelled.`,
  },
  'academy.notice.moved': {
    fi: ({ title, when, previous }) => `Tilaisuus **${title}** on siirretty uuteen aikaan: ${when} (aiemmin ${previous}).`,
    sv: ({ title, when, previous }) => `Träffen **${title}** har flyttats till ${when} (tidigare ${previous}).`,
    en: ({ title, when, previous }) => `**${title}** has moved to ${when} (it was ${previous}).`,
  },
  'academy.notice.updatedInvitation': {
    fi: 'Päivitetty kalenterikutsu on liitteenä.',
    sv: 'En uppdaterad kalenderinbjudan finns som bilaga.',
    en: 'The updated calendar invitation is attached.',
  },
  'academy.notice.promoted': {
    fi: ({ title, when }) => `Paikka vapautui: pääsit jonosta mukaan tilaisuuteen **${title}**, ${when}. Kalenterikutsu on liitteenä.`,
    sv: ({ title, when }) => `En plats blev ledig: du är nu anmäld till **${title}**, ${when}. Kalenderinbjudan finns som bilaga.`,
    en: ({ title, when }) => `A place opened up: you’re now registered for **${title}**, ${when}. The calendar invitation is attached.`,
  },

  'academy.attendees.heading': {
    fi: ({ id, title }) => `#${id} ${title}: ilmoittautuneet`,
    sv: ({ id, title }) => `#${id} ${title}: anmälda`,
    en: ({ id, title }) => `#${id} ${title}: registrations`,
  },
  'academy.attendees.going': {
    fi: ({ count }) => `**Tulossa (${count})**`,
    sv: ({ count }) => `**Kommer (${count})**`,
    en: ({ count }) => `**Going (${count})**`,
  },
  'academy.attendees.maybe': {
    fi: ({ count }) => `**Ehkä (${count})**`,
    sv: ({ count }) => `**Kanske (${count})**`,
    en: ({ count }) => `**Maybe (${count})**`,
  },
  'academy.attendees.waiting': {
    fi: ({ count }) => `**Jonossa (${count})**`,
    sv: ({ count }) => `**I kö (${count})**`,
    en: ({ count }) => `**Waiting list (${count})**`,
  },
  'academy.attendees.declined': {
    fi: ({ count }) => `Ei pääse: ${count}`,
    sv: ({ count }) => `Kan inte: ${count}`,
    en: ({ count }) => `Can’t come: ${count}`,
  },
  'academy.chart.going': { fi: 'tulossa', sv: 'kommer', en: 'going' },
  'academy.chart.maybe': { fi: 'ehkä', sv: 'kanske', en: 'maybe' },
  'academy.chart.waiting': { fi: 'jonossa', sv: 'i kö', en: 'waiting list' },
  'academy.chart.unit': { fi: 'henkeä', sv: 'personer', en: 'people' },
  'academy.chart.cohortTitle': {
    fi: ({ cohort }) => `Ilmoittautuneet: ${cohort}`,
    sv: ({ cohort }) => `Anmälda: ${cohort}`,
    en: ({ cohort }) => `Registrations: ${cohort}`,
  },
  'academy.chart.sessionTitle': {
    fi: ({ id }) => `Ilmoittautuneet tilaisuuteen #${id}`,
    sv: ({ id }) => `Anmälda till träff #${id}`,
    en: ({ id }) => `Registrations for session #${id}`,
  },
  'academy.chart.altPart': {
    fi: ({ session, going, maybe, waiting }) => `${session} ${going} tulossa, ${maybe} ehkä, ${waiting} jonossa`,
    sv: ({ session, going, maybe, waiting }) => `${session} ${going} kommer, ${maybe} kanske, ${waiting} i kö`,
    en: ({ session, going, maybe, waiting }) => `${session} ${going} going, ${maybe} maybe, ${waiting} waiting`,
  },
  'academy.attendees.none': { fi: 'Kukaan ei ole vielä vastannut.', sv: 'Ingen har svarat ännu.', en: 'Nobody has answered yet.' },
  'academy.attendees.cancelled': { fi: 'Tämä tilaisuus on peruttu.', sv: 'Den här träffen är inställd.', en: 'This session is cancelled.' },

  'academy.home.heading': { fi: 'Akatemian tilaisuutesi', sv: 'Dina träffar i akademin', en: 'Your academy sessions' },
  'academy.home.none': {
    fi: 'Et ole ilmoittautunut tuleviin tilaisuuksiin.',
    sv: 'Du är inte anmäld till några kommande träffar.',
    en: 'You aren’t registered for any upcoming session.',
  },
  'academy.home.showSessions': { fi: 'Näytä tilaisuudet', sv: 'Visa träffarna', en: 'Show sessions' },

  'academy.form.title': { fi: 'Uusi akatemian tilaisuus', sv: 'Ny träff i akademin', en: 'New academy session' },
  'academy.form.submit': { fi: 'Lisää', sv: 'Lägg till', en: 'Schedule' },
  'academy.form.title.label': { fi: 'Nimi', sv: 'Namn', en: 'Title' },
  'academy.form.date.label': { fi: 'Päivä', sv: 'Datum', en: 'Date' },
  'academy.form.time.label': { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' },
  'academy.form.end.label': { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' },
  'academy.form.end.hint': {
    fi: 'Tyhjänä kaksi tuntia alkamisesta.',
    sv: 'Tomt: två timmar efter starten.',
    en: 'Empty: two hours after the start.',
  },
  'academy.form.place.label': { fi: 'Paikka tai verkkolinkki', sv: 'Plats eller länk', en: 'Place or online link' },
  'academy.form.capacity.label': { fi: 'Paikkoja', sv: 'Platser', en: 'Places' },
  'academy.form.capacity.hint': { fi: 'Tyhjä: ei rajoitusta.', sv: 'Tomt: obegränsat.', en: 'Empty: no limit.' },
  'academy.form.theme.label': { fi: 'Teema', sv: 'Tema', en: 'Theme' },
  'academy.form.cohort.label': { fi: 'Kohortti', sv: 'Kohort', en: 'Cohort' },
  'academy.form.facilitator.label': { fi: 'Fasilitaattorin sähköposti', sv: 'Facilitatorns e-post', en: 'Facilitator’s e-mail' },
  'academy.form.description.label': { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },

  'academy.ics.howToAnswer': {
    fi: ({ id }) => `Ilmoittautuminen ja muutokset Keinossa: ilmoittaudu ${id} kyllä | ehkä | ei`,
    sv: ({ id }) => `Anmälan och ändringar i Keino: rsvp ${id} ja | kanske | nej`,
    en: ({ id }) => `Register or change your answer in Keino: rsvp ${id} yes | maybe | no`,
  },
  'academy.ics.calendarName': { fi: 'KEINO-akatemia', sv: 'KEINO-akademin', en: 'KEINO Academy' },
  'academy.ics.personalCalendarName': { fi: 'KEINO-akatemia: omat tilaisuuteni', sv: 'KEINO-akademin: mina träffar', en: 'KEINO Academy: my sessions' },

  'academy.error.notFound': {
    fi: ({ id }) => `Tilaisuutta #${id} ei löydy. Kirjoita **tilaisuudet** nähdäksesi tulevat tilaisuudet.`,
    sv: ({ id }) => `Det finns ingen träff #${id}. Skriv **sessions** för att se de kommande träffarna.`,
    en: ({ id }) => `There is no session #${id}. Type **sessions** to see the upcoming ones.`,
  },
  'academy.error.cancelled': {
    fi: ({ title }) => `Tilaisuus **${title}** on peruttu, joten siihen ei voi enää ilmoittautua eikä sitä voi muuttaa.`,
    sv: ({ title }) => `Träffen **${title}** är inställd, så den går inte längre att anmäla sig till eller ändra.`,
    en: ({ title }) => `**${title}** has been cancelled, so it can no longer be registered for or changed.`,
  },
  'academy.error.started': {
    fi: ({ title }) => `Tilaisuus **${title}** on jo alkanut tai pidetty, joten siihen ei voi enää tehdä muutoksia.`,
    sv: ({ title }) => `Träffen **${title}** har redan börjat eller hållits, så den går inte längre att ändra.`,
    en: ({ title }) => `**${title}** has already started or taken place, so it can no longer be changed.`,
  },
  'academy.error.notFacilitator': {
    fi: 'Ilmoittautuneet näkevät vain ylläpitäjät ja tilaisuuden fasilitaattori.',
    sv: 'Bara administratörer och träffens facilitator ser de anmälda.',
    en: 'Only admins and the session’s facilitator can see who has registered.',
  },
  'academy.error.missingTitle': {
    fi: 'Anna tilaisuudelle nimi, esimerkiksi ”Strateginen johtaminen”.',
    sv: 'Ge träffen ett namn, till exempel ”Strategiskt ledarskap”.',
    en: 'Please give the session a title, such as "Strategic leadership".',
  },
  'academy.error.missingDate': {
    fi: 'Anna päivämäärä, esimerkiksi 2026-10-26 tai 26.10.2026.',
    sv: 'Ange ett datum, till exempel 2026-10-26 eller 26.10.2026.',
    en: 'Please give a date, such as 2026-10-26 or 26.10.2026.',
  },
  'academy.error.missingTime': {
    fi: 'Anna alkamisaika, esimerkiksi 09:30.',
    sv: 'Ange en starttid, till exempel 09:30.',
    en: 'Please give a start time, such as 09:30.',
  },
  'academy.error.badDate': {
    fi: ({ date }) => `En tunnista päivämäärää ”${date}”; kirjoita se muodossa 2026-10-26 tai 26.10.2026.`,
    sv: ({ date }) => `Jag känner inte igen datumet ”${date}”; skriv det som 2026-10-26 eller 26.10.2026.`,
    en: ({ date }) => `I don’t recognise the date "${date}"; please write it as 2026-10-26 or 26.10.2026.`,
  },
  'academy.error.impossibleDate': {
    fi: ({ date }) => `Päivää ${date} ei ole kalenterissa; tarkista päivä ja kuukausi.`,
    sv: ({ date }) => `Dagen ${date} finns inte i kalendern; kontrollera dag och månad.`,
    en: ({ date }) => `There is no such day as ${date} on the calendar; please check the day and month.`,
  },
  'academy.error.badTime': {
    fi: ({ time }) => `En tunnista kellonaikaa ”${time}”; kirjoita se muodossa 09:30.`,
    sv: ({ time }) => `Jag känner inte igen tiden ”${time}”; skriv den som 09:30.`,
    en: ({ time }) => `I don’t recognise the time "${time}"; please write it as 09:30.`,
  },
  'academy.error.badEnd': {
    fi: ({ value }) => `”${value}” ei ole kesto eikä kellonaika; kirjoita esimerkiksi 90m, 3h tai 12:00.`,
    sv: ({ value }) => `”${value}” är varken en längd eller en tid; skriv till exempel 90m, 3h eller 12:00.`,
    en: ({ value }) => `"${value}" is neither a duration nor a time; please write something like 90m, 3h or 12:00.`,
  },
  'academy.error.tooLong': {
    fi: 'Tilaisuus voi kestää enintään vuorokauden; lisää pidemmälle ohjelmalle useampi tilaisuus.',
    sv: 'En träff kan vara högst ett dygn; lägg till flera träffar för ett längre program.',
    en: 'A session can last a day at most; schedule several sessions for a longer programme.',
  },
  'academy.error.pastDate': {
    fi: 'Tämä aika on jo mennyt; tilaisuuden voi lisätä vain tulevaisuuteen.',
    sv: 'Den tiden har redan varit; en träff kan bara läggas till i framtiden.',
    en: 'That time has already passed; sessions can only be scheduled in the future.',
  },
  'academy.error.endBeforeStart': {
    fi: ({ start, end }) => `Päättymisaika ${end} on ennen alkamisaikaa ${start}; tarkista ajat.`,
    sv: ({ start, end }) => `Sluttiden ${end} är före starttiden ${start}; kontrollera tiderna.`,
    en: ({ start, end }) => `The end time ${end} is before the start time ${start}; please check the times.`,
  },
  'academy.error.capacityZero': {
    fi: 'Paikkoja pitää olla vähintään yksi; jätä määrä pois, jos paikkoja ei rajoiteta.',
    sv: 'Det måste finnas minst en plats; lämna bort antalet om platserna inte är begränsade.',
    en: 'A session needs at least one place; leave the number out if places are not limited.',
  },
  'academy.error.capacityHuge': {
    fi: ({ max }) => `Paikkoja voi olla enintään ${max}; jätä määrä pois, jos paikkoja ei rajoiteta.`,
    sv: ({ max }) => `Det kan finnas högst ${max} platser; lämna bort antalet om platserna inte är begränsade.`,
    en: ({ max }) => `A session can have at most ${max} places; leave the number out if places are not limited.`,
  },
  'academy.error.badCapacity': {
    fi: ({ value }) => `Paikkojen määrän pitää olla kokonaisluku, ei ”${value}”.`,
    sv: ({ value }) => `Antalet platser ska vara ett heltal, inte ”${value}”.`,
    en: ({ value }) => `The number of places must be a whole number, not "${value}".`,
  },
  'academy.error.badEmail': {
    fi: ({ value }) => `”${value}” ei näytä sähköpostiosoitteelta.`,
    sv: ({ value }) => `”${value}” ser inte ut som en e-postadress.`,
    en: ({ value }) => `"${value}" doesn’t look like an e-mail address.`,
  },
  'academy.error.unknownFacilitator': {
    fi: ({ email }) => `En tunne ketään osoitteella ${email}; fasilitaattorin pitää olla käyttänyt Keinoa ensin.`,
    sv: ({ email }) => `Jag känner ingen med adressen ${email}; facilitatorn måste ha använt Keino först.`,
    en: ({ email }) => `I don’t know anyone with the address ${email}; the facilitator needs to have used Keino first.`,
  },
  'academy.error.fieldTooLong': {
    fi: ({ max }) => `Teksti on liian pitkä; enintään ${max} merkkiä.`,
    sv: ({ max }) => `Texten är för lång; högst ${max} tecken.`,
    en: ({ max }) => `That text is too long; ${max} characters at most.`,
  },
});
