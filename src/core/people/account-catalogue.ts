import { defineCatalogue } from '../i18n/catalogue-types.js';

export const accountCatalogue = defineCatalogue({
  'command.lang.summary': {
    fi: 'vaihtaa kielen, jolla Keino vastaa sinulle',
    sv: 'byter språket Keino svarar dig på',
    en: 'changes the language Keino answers you in',
  },
  'command.lang.usage': { fi: 'kieli fi|sv|en', sv: 'lang fi|sv|en', en: 'lang fi|sv|en' },
  'lang.label': { fi: 'kieli', sv: 'språk', en: 'language' },
  'lang.changed': {
    fi: 'Selvä! Puhun sinulle nyt suomea.',
    sv: 'Okej! Nu talar jag svenska med dig.',
    en: "Done! I'll speak English with you from now on.",
  },
  'lang.current': {
    fi: ({ language }) => `Kielesi on ${language}. Vaihda kirjoittamalla **kieli fi**, **kieli sv** tai **kieli en**.`,
    sv: ({ language }) => `Ditt språk är ${language}. Byt genom att skriva **lang fi**, **lang sv** eller **lang en**.`,
    en: ({ language }) => `Your language is ${language}. Change it with **lang fi**, **lang sv** or **lang en**.`,
  },
  'command.whoami.summary': {
    fi: 'kertoo, kenenä Keino sinut tuntee',
    sv: 'visar vem Keino tror att du är',
    en: 'shows who Keino thinks you are',
  },
  'command.whoami.usage': { fi: 'kuka', sv: 'whoami', en: 'whoami' },
  'whoami.heading': { fi: ({ name }) => `Hei, ${name}!`, sv: ({ name }) => `Hej, ${name}!`, en: ({ name }) => `Hello, ${name}!` },
  'whoami.name': { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  'whoami.email': { fi: 'Sähköposti', sv: 'E-post', en: 'E-mail' },
  'whoami.organisation': { fi: 'Organisaatio', sv: 'Organisation', en: 'Organisation' },
  'whoami.role': { fi: 'Rooli', sv: 'Roll', en: 'Role' },
  'whoami.language': { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  'whoami.timeZone': { fi: 'Aikavyöhyke', sv: 'Tidszon', en: 'Time zone' },
  'whoami.platforms': { fi: 'Yhdistetyt alustat', sv: 'Kopplade plattformar', en: 'Linked platforms' },
  'whoami.unknown': { fi: 'ei tiedossa', sv: 'okänd', en: 'not known' },
});
