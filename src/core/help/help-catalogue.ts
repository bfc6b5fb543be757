import { defineCatalogue } from '../i18n/catalogue-types.js';

export const helpCatalogue = defineCatalogue({
  'help.heading': { fi: 'Näin Keino auttaa', sv: 'Så här hjälper Keino', en: 'What Keino can do for you' },
  'help.intro': {
    fi: 'Kirjoita komento, esimerkiksi **ryhmät**. Lisätietoa yhdestä komennosta: **ohje <komento>**.',
    sv: 'Skriv ett kommando, till exempel **groups**. Mer om ett kommando: **help <kommando>**.',
    en: 'Type a command, for example **groups**. More about one command: **help <command>**.',
  },
  'help.familyHeading': {
    fi: ({ word }) => `Komennot: ${word}`,
    sv: ({ word }) => `Kommandon: ${word}`,
    en: ({ word }) => `Commands: ${word}`,
  },
  'help.aliases': {
    fi: ({ names }) => `Myös: ${names}`,
    sv: ({ names }) => `Även: ${names}`,
    en: ({ names }) => `Also: ${names}`,
  },
  'help.onlyFor': {
    fi: ({ roles }) => `Vain: ${roles}`,
    sv: ({ roles }) => `Endast: ${roles}`,
    en: ({ roles }) => `Only for: ${roles}`,
  },
  'help.commandLabel': { fi: 'komento', sv: 'kommando', en: 'command' },
  'command.help.summary': {
    fi: 'näyttää, mitä voit tehdä täällä',
    sv: 'visar vad du kan göra här',
    en: 'lists what you can do here',
  },
  'command.home.summary': {
    fi: 'näyttää kotinäkymäsi: ryhmäsi, tilaisuutesi ja tehtäväsi',
    sv: 'visar din startvy: dina grupper, träffar och uppgifter',
    en: 'shows your home: your groups, sessions and tasks',
  },
  'command.home.usage': { fi: 'koti', sv: 'home', en: 'home' },
  'command.help.usage': { fi: 'ohje [komento]', sv: 'help [kommando]', en: 'help [command]' },
});
