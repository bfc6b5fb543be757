import { defineCatalogue, plural } from '../i18n/catalogue-types.js';

export const faqCatalogue = defineCatalogue({
  'command.ask.summary': {
    fi: 'vastaa kysymykseen verkoston UKK:sta (voit myös vain kirjoittaa kysymyksesi)',
    sv: 'svarar på en fråga ur nätverkets vanliga frågor (du kan också bara skriva din fråga)',
    en: "answers a question from the network's FAQ (you can also just type your question)",
  },
  'command.ask.usage': { fi: 'kysy <kysymys>', sv: 'ask <fråga>', en: 'ask <question>' },
  'faq.questionLabel': { fi: 'kysymys', sv: 'fråga', en: 'question' },
  'faq.idLabel': { fi: 'tunnus', sv: 'id', en: 'id' },

  'faq.answerNote': {
    fi: ({ language, id }) => `Vastaus UKK:sta · kieli: ${language} · ${id}`,
    sv: ({ language, id }) => `Svar ur vanliga frågor · språk: ${language} · ${id}`,
    en: ({ language, id }) => `Answer from the FAQ · language: ${language} · ${id}`,
  },
  'faq.otherLanguage': {
    fi: ({ language }) => `Tähän kysymykseen on vastaus vain kielellä ${language}.`,
    sv: ({ language }) => `Det här svaret finns bara på ${language}.`,
    en: ({ language }) => `This answer is only available in ${language}.`,
  },
  'faq.helpful': { fi: '👍 Auttoi', sv: '👍 Hjälpte', en: '👍 Helpful' },
  'faq.notHelpful': { fi: '👎 Ei auttanut', sv: '👎 Hjälpte inte', en: '👎 Not helpful' },
  'faq.thanks': {
    fi: 'Kiitos palautteesta! Se auttaa pitämään vastaukset ajan tasalla.',
    sv: 'Tack för din återkoppling! Den hjälper oss att hålla svaren aktuella.',
    en: 'Thanks for the feedback! It helps keep the answers up to date.',
  },
  'faq.thanksNotHelpful': {
    fi: 'Kiitos palautteesta! Ylläpitäjät näkevät sen. Voit myös kysyä asiantuntijalta.',
    sv: 'Tack för din återkoppling! Administratörerna ser den. Du kan också fråga en expert.',
    en: 'Thanks for the feedback! The admins will see it. You can also ask an expert.',
  },
  'faq.dontKnow': {
    fi: 'En löydä tähän varmaa vastausta, joten en arvaa.',
    sv: 'Jag hittar inget säkert svar på det här, så jag gissar inte.',
    en: "I don't have a reliable answer to that, so I won't guess.",
  },
  'faq.didYouMean': {
    fi: 'Tarkoititko jotakin näistä?',
    sv: 'Menade du någon av de här?',
    en: 'Did you mean one of these?',
  },
  'faq.noCandidates': {
    fi: 'Kysymyksesi on kirjattu, jotta ylläpitäjät voivat lisätä siihen vastauksen.',
    sv: 'Din fråga har sparats så att administratörerna kan lägga till ett svar.',
    en: 'Your question has been noted so that the admins can add an answer.',
  },
  'faq.questionGone': {
    fi: 'En löydä tätä kysymystä enää. Kysy uudelleen.',
    sv: 'Jag hittar inte längre den här frågan. Fråga igen.',
    en: "I can't find this question any more. Please ask again.",
  },
  'faq.entryGone': {
    fi: 'Tätä vastausta ei ole enää UKK:ssa.',
    sv: 'Det här svaret finns inte längre bland de vanliga frågorna.',
    en: 'This answer is no longer in the FAQ.',
  },

  'command.faqShow.summary': { fi: 'näyttää yhden UKK-vastauksen', sv: 'visar ett svar ur vanliga frågor', en: 'shows one FAQ entry' },
  'command.faqShow.usage': { fi: 'ukk näytä <tunnus>', sv: 'faq show <id>', en: 'faq show <id>' },
  'command.faqAdd.summary': {
    fi: 'lisää UKK-vastauksen (lomake)',
    sv: 'lägger till ett svar bland vanliga frågor (formulär)',
    en: 'adds an FAQ entry (form)',
  },
  'command.faqAdd.usage': {
    fi: 'ukk lisää ["<kysymys>" "<vastaus>" [--aiheet a,b] [--kieli fi]]',
    sv: 'faq add ["<fråga>" "<svar>" [--tags a,b] [--locale sv]]',
    en: 'faq add ["<question>" "<answer>" [--tags a,b] [--locale en]]',
  },
  'command.faqEdit.summary': { fi: 'muokkaa UKK-vastausta (lomake)', sv: 'redigerar ett svar (formulär)', en: 'edits an FAQ entry (form)' },
  'command.faqEdit.usage': { fi: 'ukk muokkaa <tunnus>', sv: 'faq edit <id>', en: 'faq edit <id>' },
  'command.faqRemove.summary': { fi: 'poistaa UKK-vastauksen', sv: 'tar bort ett svar', en: 'removes an FAQ entry' },
  'command.faqRemove.usage': { fi: 'ukk poista <tunnus>', sv: 'faq remove <id>', en: 'faq remove <id>' },
  'command.faqUnanswered.summary': {
    fi: 'kysymykset, joihin Keino ei osannut vastata, yleisimmät ensin',
    sv: 'frågor Keino inte kunde svara på, de vanligaste först',
    en: 'questions Keino could not answer, most frequent first',
  },
  'command.faqUnanswered.usage': { fi: 'ukk vastaamattomat', sv: 'faq unanswered', en: 'faq unanswered' },
  'command.faqStats.summary': {
    fi: 'kysymysten määrä, vastausosuus ja palautteet',
    sv: 'antal frågor, andel besvarade och återkoppling',
    en: 'questions asked, answer rate and feedback',
  },
  'command.faqStats.usage': { fi: 'ukk tilastot', sv: 'faq stats', en: 'faq stats' },

  'faq.form.addTitle': { fi: 'Uusi UKK-vastaus', sv: 'Nytt svar', en: 'New FAQ entry' },
  'faq.form.editTitle': { fi: ({ id }) => `Muokkaa: ${id}`, sv: ({ id }) => `Redigera: ${id}`, en: ({ id }) => `Edit: ${id}` },
  'faq.form.submit': { fi: 'Tallenna', sv: 'Spara', en: 'Save' },
  'faq.field.question': { fi: 'Kysymys', sv: 'Fråga', en: 'Question' },
  'faq.field.alternatives': {
    fi: 'Muita tapoja kysyä samaa (yksi riville)',
    sv: 'Andra sätt att fråga samma sak (en per rad)',
    en: 'Other ways to ask the same (one a line)',
  },
  'faq.field.answer': { fi: 'Vastaus', sv: 'Svar', en: 'Answer' },
  'faq.field.tags': { fi: 'Aiheet (pilkuin eroteltuina)', sv: 'Ämnen (åtskilda med komma)', en: 'Tags (separated by commas)' },
  'faq.field.locale': { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  'faq.field.missing': { fi: 'Tämä kenttä tarvitaan.', sv: 'Det här fältet behövs.', en: 'This field is needed.' },
  'faq.field.tooLong': {
    fi: ({ max }) => `Enintään ${max} merkkiä.`,
    sv: ({ max }) => `Högst ${max} tecken.`,
    en: ({ max }) => `At most ${max} characters.`,
  },
  'faq.field.badLocale': { fi: 'Valitse fi, sv tai en.', sv: 'Välj fi, sv eller en.', en: 'Choose fi, sv or en.' },
  'faq.tagsOption': { fi: 'aiheet', sv: 'ämnen', en: 'tags' },
  'faq.localeOption': { fi: 'kieli', sv: 'språk', en: 'language' },
  'faq.answerArg': { fi: 'vastaus', sv: 'svar', en: 'answer' },
  'faq.added': {
    fi: ({ id }) => `Lisätty UKK:hon tunnuksella **${id}**.`,
    sv: ({ id }) => `Tillagt bland vanliga frågor med id **${id}**.`,
    en: ({ id }) => `Added to the FAQ as **${id}**.`,
  },
  'faq.updated': { fi: ({ id }) => `Päivitetty: **${id}**.`, sv: ({ id }) => `Uppdaterat: **${id}**.`, en: ({ id }) => `Updated: **${id}**.` },
  'faq.removed': {
    fi: ({ id }) => `Poistettu UKK:sta: **${id}**. Tuo se takaisin tuomalla tiedosto uudelleen tai lisäämällä se.`,
    sv: ({ id }) => `Borttaget: **${id}**. Importera filen igen eller lägg till det för att få tillbaka det.`,
    en: ({ id }) => `Removed from the FAQ: **${id}**. Re-import the file or add it again to bring it back.`,
  },
  'faq.notFound': {
    fi: ({ id }) => `UKK:ssa ei ole vastausta tunnuksella ”${id}”.`,
    sv: ({ id }) => `Det finns inget svar med id ”${id}”.`,
    en: ({ id }) => `The FAQ has no entry "${id}".`,
  },
  'faq.lastChanged': {
    fi: ({ who, when }) => `Viimeksi muokannut ${who}, ${when}`,
    sv: ({ who, when }) => `Senast ändrad av ${who}, ${when}`,
    en: ({ who, when }) => `Last changed by ${who}, ${when}`,
  },
  'faq.importedBy': { fi: 'tuonti', sv: 'import', en: 'import' },
  'faq.tagsField': { fi: 'Aiheet', sv: 'Ämnen', en: 'Tags' },

  'faq.unanswered.heading': { fi: 'Vastaamattomat kysymykset', sv: 'Obesvarade frågor', en: 'Unanswered questions' },
  'faq.unanswered.none': {
    fi: 'Kaikkiin kysymyksiin on löytynyt vastaus. 🎉',
    sv: 'Alla frågor har fått ett svar. 🎉',
    en: 'Every question has found an answer. 🎉',
  },
  'faq.unanswered.item': {
    fi: ({ text, times }) => `”${text}” — ${times} ${plural(Number(times), 'kerta', 'kertaa')}`,
    sv: ({ text, times }) => `”${text}” — ${times} ${plural(Number(times), 'gång', 'gånger')}`,
    en: ({ text, times }) => `"${text}" — ${times} ${plural(Number(times), 'time', 'times')}`,
  },
  'faq.unanswered.picked': {
    fi: ({ id }) => `valittu ehdotus: ${id}`,
    sv: ({ id }) => `valt förslag: ${id}`,
    en: ({ id }) => `picked suggestion: ${id}`,
  },
  'faq.unanswered.hint': {
    fi: 'Lisää vastaus komennolla **ukk lisää** tai liitä kysymys olemassa olevaan vastaukseen komennolla **ukk muokkaa <tunnus>**.',
    sv: 'Lägg till ett svar med **faq add** eller koppla frågan till ett befintligt svar med **faq edit <id>**.',
    en: 'Add an answer with **faq add**, or add the question to an existing entry with **faq edit <id>**.',
  },
  'faq.stats.heading': { fi: 'UKK:n tilastot', sv: 'Statistik för vanliga frågor', en: 'FAQ statistics' },
  'faq.stats.entries': { fi: 'Vastauksia', sv: 'Svar', en: 'Entries' },
  'faq.stats.questions': { fi: 'Kysymyksiä', sv: 'Frågor', en: 'Questions' },
  'faq.stats.answerRate': { fi: 'Vastattu', sv: 'Besvarade', en: 'Answered' },
  'faq.stats.helpfulRate': { fi: 'Auttoi', sv: 'Hjälpte', en: 'Helpful' },
  'faq.stats.rate': {
    fi: ({ percent, count, total }) => `${percent} % (${count}/${total})`,
    sv: ({ percent, count, total }) => `${percent} % (${count}/${total})`,
    en: ({ percent, count, total }) => `${percent}% (${count}/${total})`,
  },
  'faq.stats.noVotes': { fi: 'ei palautteita vielä', sv: 'ingen återkoppling ännu', en: 'no votes yet' },
  'faq.stats.top': { fi: 'Kysytyimmät', sv: 'Mest frågade', en: 'Most asked' },
});
