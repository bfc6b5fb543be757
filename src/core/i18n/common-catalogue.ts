import { defineCatalogue } from './catalogue-types.js';

/** Phrases of the command core itself: errors, argument problems, roles, languages. */
export const commonCatalogue = defineCatalogue({
  'errors.unknownCommand': {
    fi: ({ command }) => `En tunne komentoa ”${command}”.`,
    sv: ({ command }) => `Jag känner inte till kommandot ”${command}”.`,
    en: ({ command }) => `I don't know the command "${command}".`,
  },
  'errors.didYouMean': {
    fi: ({ names }) => `Tarkoititko: ${names}? Kirjoita **ohje** nähdäksesi kaikki komennot.`,
    sv: ({ names }) => `Menade du: ${names}? Skriv **help** för att se alla kommandon.`,
    en: ({ names }) => `Did you mean: ${names}? Type **help** to see every command.`,
  },
  'errors.seeHelp': {
    fi: 'Kirjoita **ohje** nähdäksesi, mitä voit tehdä.',
    sv: 'Skriv **help** för att se vad du kan göra.',
    en: 'Type **help** to see what you can do.',
  },
  'errors.unterminatedQuote': {
    fi: 'Lainausmerkki jäi sulkematta. Kirjoita lainattu teksti näin: ”Näin kirjoitetaan”.',
    sv: 'Ett citattecken stängdes inte. Skriv citerad text så här: ”Så här skriver man”.',
    en: 'A quotation mark was not closed. Write quoted text like this: "Like this".',
  },
  'errors.tooLong': {
    fi: ({ max }) => `Viesti on liian pitkä. Kirjoita enintään ${max} merkkiä.`,
    sv: ({ max }) => `Meddelandet är för långt. Skriv högst ${max} tecken.`,
    en: ({ max }) => `That message is too long. Please keep it under ${max} characters.`,
  },
  'errors.controlCharacters': {
    fi: 'Viestissä on näkymättömiä ohjausmerkkejä. Kirjoita komento uudelleen tavallisena tekstinä.',
    sv: 'Meddelandet innehåller osynliga styrtecken. Skriv kommandot igen som vanlig text.',
    en: 'That message contains invisible control characters. Please type the command again as plain text.',
  },
  'errors.badArgument': {
    fi: ({ problem, usage }) => `${problem} Kirjoita näin: \`${usage}\``,
    sv: ({ problem, usage }) => `${problem} Skriv så här: \`${usage}\``,
    en: ({ problem, usage }) => `${problem} Write it like this: \`${usage}\``,
  },
  'errors.missingArgument': {
    fi: ({ name }) => `Puuttuu: ${name}.`,
    sv: ({ name }) => `Det saknas: ${name}.`,
    en: ({ name }) => `Missing: ${name}.`,
  },
  'errors.tooManyArguments': {
    fi: ({ extra }) => `En ymmärrä tätä osaa: ”${extra}”.`,
    sv: ({ extra }) => `Jag förstår inte den här delen: ”${extra}”.`,
    en: ({ extra }) => `I don't understand this part: "${extra}".`,
  },
  'errors.unknownOption': {
    fi: ({ option }) => `Valitsinta ”${option}” ei ole tässä komennossa.`,
    sv: ({ option }) => `Alternativet ”${option}” finns inte för det här kommandot.`,
    en: ({ option }) => `This command has no option "${option}".`,
  },
  'errors.invalidValue': {
    fi: ({ name, expected }) => `${name}: odotin ${expected}.`,
    sv: ({ name, expected }) => `${name}: jag väntade mig ${expected}.`,
    en: ({ name, expected }) => `${name}: I expected ${expected}.`,
  },
  'errors.forbidden': {
    fi: ({ roles }) => `Tämä komento on vain seuraaville: ${roles}.`,
    sv: ({ roles }) => `Det här kommandot är bara för: ${roles}.`,
    en: ({ roles }) => `This command is only for: ${roles}.`,
  },
  'files.notUnderstood': {
    fi: ({ name, kinds }) => `En osaa käsitellä tiedostoa ”${name}”. Luen näitä tiedostoja: ${kinds}. Mitään ei tallennettu.`,
    sv: ({ name, kinds }) => `Jag kan inte hantera filen ”${name}”. Jag läser dessa filer: ${kinds}. Ingenting sparades.`,
    en: ({ name, kinds }) => `I don't know what to do with the file "${name}". I read these files: ${kinds}. Nothing was saved.`,
  },
  'files.forbidden': {
    fi: ({ roles }) => `Tiedostoja voivat tuoda Keinoon vain seuraavat: ${roles}. Mitään ei tallennettu.`,
    sv: ({ roles }) => `Bara dessa kan importera filer till Keino: ${roles}. Ingenting sparades.`,
    en: ({ roles }) => `Only these may import files into Keino: ${roles}. Nothing was saved.`,
  },
  'files.tooLarge': {
    fi: ({ megabytes }) => `Tiedosto on liian suuri: luen enintään ${megabytes} megatavun tiedostoja. Mitään ei tallennettu.`,
    sv: ({ megabytes }) => `Filen är för stor: jag läser filer på högst ${megabytes} megabyte. Ingenting sparades.`,
    en: ({ megabytes }) => `The file is too large: I read files of up to ${megabytes} megabytes. Nothing was saved.`,
  },
  'files.unavailable': {
    fi: 'En saanut tiedostoa haettua, eikä mitään tallennettu. Jaa tiedosto uudelleen hetken päästä.',
    sv: 'Jag kunde inte hämta filen och ingenting sparades. Dela filen igen om en stund.',
    en: 'I could not fetch the file, and nothing was saved. Please share it again in a moment.',
  },
  'limits.tooMany': {
    fi: ({ seconds }) => `Hetkinen: olet lähettänyt Keinolle paljon pyyntöjä lyhyessä ajassa. Mitään ei tehty; yritä uudelleen ${seconds} sekunnin päästä.`,
    sv: ({ seconds }) => `Ett ögonblick: du har skickat många förfrågningar till Keino på kort tid. Ingenting gjordes; försök igen om ${seconds} sekunder.`,
    en: ({ seconds }) => `One moment: you have sent Keino many requests in a short time. Nothing was done; please try again in ${seconds} seconds.`,
  },
  'errors.internal': {
    fi: 'Jotain meni vikaan, eikä mitään tallennettu. Yritä hetken päästä uudelleen.',
    sv: 'Något gick fel och ingenting sparades. Försök igen om en stund.',
    en: 'Something went wrong and nothing was saved. Please try again in a moment.',
  },
  'errors.unavailable': {
    fi: 'Keino ei juuri nyt tavoita tietokantaansa. Mitään ei tallennettu; yritä uudelleen hetken kuluttua.',
    sv: 'Keino når inte sin databas just nu. Ingenting sparades; försök igen om en stund.',
    en: "Keino can't reach its database right now. Nothing was saved; please try again in a moment.",
  },
  'errors.unknownAction': {
    fi: 'Tämä painike ei ole enää käytössä. Kokeile komentoa uudelleen.',
    sv: 'Den här knappen används inte längre. Försök med kommandot igen.',
    en: 'This button is no longer in use. Please try the command again.',
  },
  'errors.noQuestions': {
    fi: 'En osaa vielä vastata kysymyksiin. Kirjoita **ohje** nähdäksesi, mitä voin tehdä.',
    sv: 'Jag kan inte svara på frågor ännu. Skriv **help** för att se vad jag kan göra.',
    en: "I can't answer questions yet. Type **help** to see what I can do.",
  },
  'arg.text': { fi: 'tekstiä', sv: 'text', en: 'some text' },
  'arg.word': { fi: 'yhtä sanaa', sv: 'ett ord', en: 'a single word' },
  'arg.integer': { fi: 'kokonaislukua', sv: 'ett heltal', en: 'a whole number' },
  'arg.positiveInteger': { fi: 'positiivista kokonaislukua', sv: 'ett positivt heltal', en: 'a positive whole number' },
  'arg.id': { fi: 'numeroa, esimerkiksi 12', sv: 'ett nummer, till exempel 12', en: 'a number such as 12' },
  'arg.date': {
    fi: 'päivämäärää muodossa 2026-12-31 tai 31.12.2026',
    sv: 'ett datum som 2026-12-31 eller 31.12.2026',
    en: 'a date such as 2026-12-31 or 31.12.2026',
  },
  'arg.time': { fi: 'kellonaikaa muodossa 09:30', sv: 'en tid som 09:30', en: 'a time such as 09:30' },
  'arg.duration': {
    fi: 'kestoa, esimerkiksi 90m, 2h, 3pv tai 1vk',
    sv: 'en längd som 90m, 2h, 3d eller 1w',
    en: 'a duration such as 90m, 2h, 3d or 1w',
  },
  'arg.slug': {
    fi: 'lyhyttä tunnusta (pienet kirjaimet, numerot ja viivat)',
    sv: 'en kort kod (små bokstäver, siffror och bindestreck)',
    en: 'a short id (lower-case letters, digits and hyphens)',
  },
  'arg.oneOf': {
    fi: ({ options }) => `jotakin näistä: ${options}`,
    sv: ({ options }) => `något av: ${options}`,
    en: ({ options }) => `one of: ${options}`,
  },
  'arg.tooLong': {
    fi: ({ max }) => `enintään ${max} merkkiä`,
    sv: ({ max }) => `högst ${max} tecken`,
    en: ({ max }) => `at most ${max} characters`,
  },
  'role.admin': { fi: 'ylläpitäjä', sv: 'administratör', en: 'admin' },
  'role.facilitator': { fi: 'fasilitaattori', sv: 'facilitator', en: 'facilitator' },
  'role.coordinator': { fi: 'koordinaattori', sv: 'koordinator', en: 'coordinator' },
  'role.member': { fi: 'jäsen', sv: 'medlem', en: 'member' },
  'language.fi': { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  'language.sv': { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  'language.en': { fi: 'englanti', sv: 'engelska', en: 'English' },
  'common.none': { fi: 'ei mitään', sv: 'inget', en: 'none' },
  'conversation.keinoAbsent': {
    fi: 'Keino ei voi kirjoittaa tähän keskusteluun.',
    sv: 'Keino kan inte skriva i den här konversationen.',
    en: 'Keino cannot post in this conversation.',
  },
});
