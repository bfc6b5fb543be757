import { defineCatalogue, plural } from '../i18n/catalogue-types.js';

export const pollCatalogue = defineCatalogue({
  'command.poll.summary': {
    fi: 'kysely tähän kanavaan: vaihtoehdot painikkeina ja tulokset reaaliajassa (ilman vaihtoehtoja avautuu lomake)',
    sv: 'en omröstning i den här kanalen: alternativen som knappar och resultaten i realtid (utan alternativ öppnas ett formulär)',
    en: 'a poll in this channel: options as buttons, live results (with no options, a form opens)',
  },
  'command.poll.usage': {
    fi: 'kysely "<kysymys>" "<vaihtoehto>" "<vaihtoehto>" … [--anonyymi] [--monivalinta <n>] [--sulkeutuu <aika>]',
    sv: 'poll "<fråga>" "<alternativ>" "<alternativ>" … [--anonym] [--flerval <n>] [--stängs <tid>]',
    en: 'poll "<question>" "<option>" "<option>" … [--anonymous] [--multi <n>] [--closes <when>]',
  },
  'command.pollClose.summary': {
    fi: 'sulkee kyselyn ja näyttää lopulliset tulokset (kyselyn tekijä tai ylläpitäjä)',
    sv: 'stänger omröstningen och visar slutresultatet (den som skapade den eller en administratör)',
    en: 'closes a poll and shows the final results (its creator or an admin)',
  },
  'command.pollClose.usage': { fi: 'kysely sulje <nro>', sv: 'poll close <nr>', en: 'poll close <id>' },
  'command.pollResults.summary': {
    fi: 'kyselyn tulokset ja CSV-tiedosto kyselyn tekijälle',
    sv: 'omröstningens resultat och en CSV-fil för den som skapade den',
    en: 'a poll’s results and a CSV file, for its creator',
  },
  'command.pollResults.usage': { fi: 'kysely tulokset <nro>', sv: 'poll results <nr>', en: 'poll results <id>' },

  'poll.questionLabel': { fi: 'kysymys', sv: 'fråga', en: 'question' },
  'poll.optionLabel': { fi: 'vaihtoehto', sv: 'alternativ', en: 'option' },
  'poll.anonymousLabel': { fi: 'anonyymi', sv: 'anonym', en: 'anonymous' },
  'poll.multiLabel': { fi: 'valintojen enimmäismäärä', sv: 'högsta antal val', en: 'most choices' },
  'poll.closesLabel': { fi: 'sulkeutumisaika', sv: 'stängningstid', en: 'closing time' },
  'poll.idLabel': { fi: 'kyselyn numero', sv: 'omröstningens nummer', en: 'poll number' },

  'poll.questionMissing': {
    fi: 'Kirjoita kysymys ensin ja vaihtoehdot sen jälkeen, esimerkiksi: kysely "Missä tavataan?" "Helsinki" "Tampere".',
    sv: 'Skriv frågan först och alternativen efter den, till exempel: poll "Var ses vi?" "Helsingfors" "Tammerfors".',
    en: 'Write the question first and the options after it, for example: poll "Where shall we meet?" "Helsinki" "Tampere".',
  },
  'poll.questionTooLong': {
    fi: ({ max }) => `Kysymys on liian pitkä: enintään ${max} merkkiä.`,
    sv: ({ max }) => `Frågan är för lång: högst ${max} tecken.`,
    en: ({ max }) => `The question is too long: at most ${max} characters.`,
  },
  'poll.tooFewOptions': {
    fi: ({ min }) => `Kyselyssä tarvitaan vähintään ${min} vaihtoehtoa.`,
    sv: ({ min }) => `En omröstning behöver minst ${min} alternativ.`,
    en: ({ min }) => `A poll needs at least ${min} options.`,
  },
  'poll.tooManyOptions': {
    fi: ({ max }) => `Kyselyssä voi olla enintään ${max} vaihtoehtoa.`,
    sv: ({ max }) => `En omröstning kan ha högst ${max} alternativ.`,
    en: ({ max }) => `A poll can have at most ${max} options.`,
  },
  'poll.emptyOption': {
    fi: 'Yksi vaihtoehdoista on tyhjä. Kirjoita jokaiseen vaihtoehtoon jotakin.',
    sv: 'Ett av alternativen är tomt. Skriv något i varje alternativ.',
    en: 'One of the options is empty. Please write something in each option.',
  },
  'poll.duplicateOption': {
    fi: ({ option }) => `Vaihtoehto ”${option}” on mukana kahdesti. Jokaisen vaihtoehdon pitää olla eri.`,
    sv: ({ option }) => `Alternativet ”${option}” finns med två gånger. Varje alternativ ska vara olika.`,
    en: ({ option }) => `The option "${option}" is there twice. Each option must be different.`,
  },
  'poll.optionTooLong': {
    fi: ({ max }) => `Vaihtoehto on liian pitkä: enintään ${max} merkkiä.`,
    sv: ({ max }) => `Ett alternativ är för långt: högst ${max} tecken.`,
    en: ({ max }) => `An option is too long: at most ${max} characters.`,
  },
  'poll.multiTooLarge': {
    fi: ({ max, options }) => `Valintoja voi sallia enintään yhtä monta kuin on vaihtoehtoja (${options}), ei ${max}.`,
    sv: ({ max, options }) => `Du kan tillåta högst lika många val som det finns alternativ (${options}), inte ${max}.`,
    en: ({ max, options }) => `You can allow at most as many choices as there are options (${options}), not ${max}.`,
  },
  'poll.multiInvalid': {
    fi: 'Valintojen määrän pitää olla positiivinen kokonaisluku, esimerkiksi 2.',
    sv: 'Antalet val ska vara ett positivt heltal, till exempel 2.',
    en: 'The number of choices must be a positive whole number, such as 2.',
  },
  'poll.closesInvalid': {
    fi: 'En ymmärrä sulkeutumisaikaa. Kirjoita kesto (90m, 2h, 3pv, 1vk), päivämäärä (31.12.2026), kellonaika (16:00) tai molemmat ("31.12.2026 16:00").',
    sv: 'Jag förstår inte stängningstiden. Skriv en längd (90m, 2h, 3d, 1w), ett datum (31.12.2026), en tid (16:00) eller båda ("31.12.2026 16:00").',
    en: 'I don’t understand the closing time. Write a duration (90m, 2h, 3d, 1w), a date (31.12.2026), a time (16:00) or both ("31.12.2026 16:00").',
  },
  'poll.closesPast': {
    fi: ({ when }) => `Sulkeutumisaika ${when} on jo mennyt. Valitse tuleva aika.`,
    sv: ({ when }) => `Stängningstiden ${when} har redan passerat. Välj en tid framåt.`,
    en: ({ when }) => `The closing time ${when} has already passed. Please pick a time ahead.`,
  },
  'poll.closesTooFar': {
    fi: ({ days }) => `Kysely voi olla auki enintään ${days} päivää.`,
    sv: ({ days }) => `En omröstning kan vara öppen högst ${days} dagar.`,
    en: ({ days }) => `A poll can stay open for at most ${days} days.`,
  },
  'poll.notFound': {
    fi: ({ id }) => `Kyselyä #${id} ei löydy. Tarkista numero kyselyn alalaidasta.`,
    sv: ({ id }) => `Omröstning #${id} finns inte. Kontrollera numret längst ner i omröstningen.`,
    en: ({ id }) => `There is no poll #${id}. Please check the number at the bottom of the poll.`,
  },
  'poll.onlyCreatorCloses': {
    fi: 'Vain kyselyn tekijä tai ylläpitäjä voi sulkea kyselyn.',
    sv: 'Bara den som skapade omröstningen eller en administratör kan stänga den.',
    en: 'Only the poll’s creator or an admin can close it.',
  },
  'poll.onlyCreatorResults': {
    fi: 'Tulokset ja CSV-tiedosto ovat kyselyn tekijälle ja ylläpitäjille. Tilanteen näet itse kyselystä.',
    sv: 'Resultaten och CSV-filen är för den som skapade omröstningen och för administratörer. Läget ser du i själva omröstningen.',
    en: 'The results and the CSV file are for the poll’s creator and admins. You can see the standing on the poll itself.',
  },
  'poll.alreadyClosed': {
    fi: ({ id }) => `Kysely #${id} oli jo suljettu.`,
    sv: ({ id }) => `Omröstning #${id} var redan stängd.`,
    en: ({ id }) => `Poll #${id} was already closed.`,
  },
  'poll.closedNow': {
    fi: ({ id }) => `Suljit kyselyn #${id}. Lopulliset tulokset näkyvät kyselyssä.`,
    sv: ({ id }) => `Du stängde omröstning #${id}. Slutresultatet syns i omröstningen.`,
    en: ({ id }) => `You closed poll #${id}. The final results are on the poll.`,
  },
  'poll.posted': {
    fi: ({ id }) => `Kysely #${id} on julkaistu tähän keskusteluun. Tulokset päivittyvät viestiin; sulje se komennolla \`kysely sulje ${id}\`.`,
    sv: ({ id }) => `Omröstning #${id} är publicerad i den här konversationen. Resultaten uppdateras i meddelandet; stäng den med \`poll close ${id}\`.`,
    en: ({ id }) => `Poll #${id} is posted in this conversation. The results update on the message; close it with \`poll close ${id}\`.`,
  },
  'poll.closedAnnouncement': {
    fi: ({ question }) => `Kysely ”${question}” on päättynyt. Lopulliset tulokset:`,
    sv: ({ question }) => `Omröstningen ”${question}” är avslutad. Slutresultatet:`,
    en: ({ question }) => `The poll "${question}" has closed. The final results:`,
  },

  'poll.anonymousNote': {
    fi: 'Anonyymi kysely: kukaan – ei kyselyn tekijäkään – ei näe, kuka vastasi mitä.',
    sv: 'Anonym omröstning: ingen – inte ens den som skapade den – ser vem som svarade vad.',
    en: 'Anonymous poll: no one, not even its creator, can see who chose what.',
  },
  'poll.multiNote': {
    fi: ({ max }) => `Voit valita enintään ${max} vaihtoehtoa.`,
    sv: ({ max }) => `Du kan välja högst ${max} alternativ.`,
    en: ({ max }) => `You can choose up to ${max} options.`,
  },
  'poll.voterNames': {
    fi: ({ names, more }) => (Number(more) > 0 ? `${names} ja ${more} muuta` : `${names}`),
    sv: ({ names, more }) => (Number(more) > 0 ? `${names} och ${more} till` : `${names}`),
    en: ({ names, more }) => (Number(more) > 0 ? `${names} and ${more} more` : `${names}`),
  },
  'poll.summaryLine': {
    fi: ({ votes, voters }) => `${votes} ${plural(Number(votes), 'ääni', 'ääntä')}, ${voters} ${plural(Number(voters), 'vastaaja', 'vastaajaa')}`,
    sv: ({ votes, voters }) => `${votes} ${plural(Number(votes), 'röst', 'röster')} från ${voters} ${plural(Number(voters), 'person', 'personer')}`,
    en: ({ votes, voters }) => `${votes} ${plural(Number(votes), 'vote', 'votes')} from ${voters} ${plural(Number(voters), 'person', 'people')}`,
  },
  'poll.chartAlt': {
    fi: ({ question, counts, summary }) => `Kyselyn ”${question}” tulokset: ${counts}. Yhteensä ${summary}.`,
    sv: ({ question, counts, summary }) => `Resultatet av omröstningen ”${question}”: ${counts}. Totalt ${summary}.`,
    en: ({ question, counts, summary }) => `Results of the poll "${question}": ${counts}. In all ${summary}.`,
  },
  'poll.chartUnit': { fi: 'ääntä', sv: 'röster', en: 'votes' },
  'poll.footer': {
    fi: ({ id, creator }) => `Kysely #${id} · tekijä ${creator}`,
    sv: ({ id, creator }) => `Omröstning #${id} · skapad av ${creator}`,
    en: ({ id, creator }) => `Poll #${id} · by ${creator}`,
  },
  'poll.closesAt': {
    fi: ({ when }) => `Sulkeutuu ${when}.`,
    sv: ({ when }) => `Stängs ${when}.`,
    en: ({ when }) => `Closes ${when}.`,
  },
  'poll.closedAt': {
    fi: ({ when }) => `Suljettu ${when}. Nämä ovat lopulliset tulokset.`,
    sv: ({ when }) => `Stängd ${when}. Det här är slutresultatet.`,
    en: ({ when }) => `Closed ${when}. These are the final results.`,
  },
  'poll.closedTag': { fi: 'päättynyt', sv: 'avslutad', en: 'closed' },
  'poll.unknownCreator': { fi: 'tuntematon', sv: 'okänd', en: 'unknown' },
  'poll.closeButton': { fi: 'Sulje kysely', sv: 'Stäng omröstningen', en: 'Close poll' },
  'poll.exportButton': { fi: 'Tulokset (CSV)', sv: 'Resultat (CSV)', en: 'Results (CSV)' },

  'poll.voteAdded': {
    fi: ({ option }) => `Äänesi on kirjattu: **${option}**. Voit perua sen napsauttamalla samaa vaihtoehtoa uudelleen.`,
    sv: ({ option }) => `Din röst är registrerad: **${option}**. Du kan ångra den genom att klicka på samma alternativ igen.`,
    en: ({ option }) => `Your vote is in: **${option}**. Click the same option again to take it back.`,
  },
  'poll.voteCount': {
    fi: ({ count, max }) => `Olet valinnut ${count}/${max}.`,
    sv: ({ count, max }) => `Du har valt ${count}/${max}.`,
    en: ({ count, max }) => `You have chosen ${count} of ${max}.`,
  },
  'poll.voteRemoved': {
    fi: ({ option }) => `Peruit äänesi: **${option}**.`,
    sv: ({ option }) => `Du tog tillbaka din röst: **${option}**.`,
    en: ({ option }) => `You took back your vote: **${option}**.`,
  },
  'poll.voteMoved': {
    fi: ({ from, option }) => `Vaihdoit äänesi: **${from}** → **${option}**.`,
    sv: ({ from, option }) => `Du bytte din röst: **${from}** → **${option}**.`,
    en: ({ from, option }) => `You changed your vote: **${from}** → **${option}**.`,
  },
  'poll.voteLimit': {
    fi: ({ max }) => `Voit valita enintään ${max} vaihtoehtoa. Peru ensin jokin valinnoistasi napsauttamalla sitä.`,
    sv: ({ max }) => `Du kan välja högst ${max} alternativ. Ta först bort ett av dina val genom att klicka på det.`,
    en: ({ max }) => `You can choose at most ${max} options. Take one of your choices back first by clicking it.`,
  },
  'poll.voteClosed': {
    fi: 'Tämä kysely on päättynyt, eikä siihen voi enää vastata. Lopulliset tulokset näkyvät kyselyssä.',
    sv: 'Den här omröstningen är avslutad och tar inte emot fler röster. Slutresultatet syns i omröstningen.',
    en: 'This poll has closed and takes no more votes. The final results are on the poll.',
  },
  'poll.voteCast': {
    fi: ({ options }) => `Äänesi on annettu: **${options}**. Anonyymia ääntä ei voi muuttaa: Keino ei tallenna, mitä valitsit, vain että äänestit.`,
    sv: ({ options }) => `Din röst är avgiven: **${options}**. En anonym röst kan inte ändras: Keino sparar inte vad du valde, bara att du röstade.`,
    en: ({ options }) => `Your vote is cast: **${options}**. An anonymous vote cannot be changed: Keino keeps not what you chose, only that you voted.`,
  },
  'poll.voteFinal': {
    fi: 'Olet jo äänestänyt tässä anonyymissa kyselyssä. Ääntä ei voi muuttaa, koska Keino ei tiedä, mitä valitsit.',
    sv: 'Du har redan röstat i den här anonyma omröstningen. Rösten kan inte ändras, eftersom Keino inte vet vad du valde.',
    en: 'You have already voted in this anonymous poll. The vote cannot be changed, because Keino does not know what you chose.',
  },
  'poll.ballotIntro': {
    fi: ({ max }) => `Valitse enintään ${max} vaihtoehtoa ja paina **Anna ääni**. Anonyymi ääni annetaan kerralla, eikä sitä voi muuttaa jälkeenpäin.`,
    sv: ({ max }) => `Välj högst ${max} alternativ och tryck **Rösta**. En anonym röst ges på en gång och kan inte ändras efteråt.`,
    en: ({ max }) => `Choose up to ${max} options and press **Cast vote**. An anonymous vote is cast at once and cannot be changed afterwards.`,
  },
  'poll.ballotCast': { fi: 'Anna ääni', sv: 'Rösta', en: 'Cast vote' },
  'poll.voteAnonymous': {
    fi: 'Vastauksesi on anonyymi.',
    sv: 'Ditt svar är anonymt.',
    en: 'Your answer is anonymous.',
  },

  'poll.resultsHeading': {
    fi: ({ id, question }) => `Kyselyn #${id} tulokset: ${question}`,
    sv: ({ id, question }) => `Resultat för omröstning #${id}: ${question}`,
    en: ({ id, question }) => `Results of poll #${id}: ${question}`,
  },
  'poll.exportNote': {
    fi: 'Tulokset ovat liitteenä CSV-tiedostona.',
    sv: 'Resultaten finns bifogade som en CSV-fil.',
    en: 'The results are attached as a CSV file.',
  },
  'poll.exportAnonymousNote': {
    fi: 'Kysely on anonyymi, joten tiedostossa on vain äänimäärät, ei nimiä.',
    sv: 'Omröstningen är anonym, så filen innehåller bara antalet röster, inga namn.',
    en: 'The poll is anonymous, so the file holds only the counts, no names.',
  },
  'poll.csvOption': { fi: 'vaihtoehto', sv: 'alternativ', en: 'option' },
  'poll.csvVoter': { fi: 'vastaaja', sv: 'röstande', en: 'voter' },
  'poll.csvVotedAt': { fi: 'aika (UTC)', sv: 'tid (UTC)', en: 'time (UTC)' },
  'poll.csvVotes': { fi: 'äänet', sv: 'röster', en: 'votes' },
  'poll.csvFilename': {
    fi: ({ id }) => `kysely-${id}.csv`,
    sv: ({ id }) => `omrostning-${id}.csv`,
    en: ({ id }) => `poll-${id}.csv`,
  },

  'poll.formTitle': { fi: 'Uusi kysely', sv: 'Ny omröstning', en: 'New poll' },
  'poll.formSubmit': { fi: 'Julkaise', sv: 'Publicera', en: 'Post' },
  'poll.formQuestion': { fi: 'Kysymys', sv: 'Fråga', en: 'Question' },
  'poll.formOptions': { fi: 'Vaihtoehdot', sv: 'Alternativ', en: 'Options' },
  'poll.formOptionsHint': {
    fi: 'Yksi vaihtoehto riville, 2–10 vaihtoehtoa.',
    sv: 'Ett alternativ per rad, 2–10 alternativ.',
    en: 'One option a line, 2 to 10 options.',
  },
  'poll.formAnonymous': { fi: 'Vastaukset', sv: 'Svar', en: 'Answers' },
  'poll.formNamed': { fi: 'Nimelliset – vastaajien nimet näkyvät', sv: 'Med namn – de röstandes namn syns', en: 'Named – voters’ names are shown' },
  'poll.formAnonymousChoice': {
    fi: 'Anonyymit – kukaan ei näe, kuka vastasi mitä',
    sv: 'Anonyma – ingen ser vem som svarade vad',
    en: 'Anonymous – no one sees who chose what',
  },
  'poll.formMulti': { fi: 'Montako vaihtoehtoa saa valita', sv: 'Hur många alternativ man får välja', en: 'How many options one may choose' },
  'poll.formMultiHint': { fi: 'Tyhjä: yksi.', sv: 'Tomt: ett.', en: 'Empty: one.' },
  'poll.formCloses': { fi: 'Sulkeutuu', sv: 'Stängs', en: 'Closes' },
  'poll.formClosesHint': {
    fi: 'Esimerkiksi 2h, 3pv, 16:00 tai 31.12.2026 16:00. Tyhjä: kunnes suljet sen.',
    sv: 'Till exempel 2h, 3d, 16:00 eller 31.12.2026 16:00. Tomt: tills du stänger den.',
    en: 'For example 2h, 3d, 16:00 or 31.12.2026 16:00. Empty: until you close it.',
  },
});
