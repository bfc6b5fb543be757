import { defineCatalogue } from '../i18n/catalogue-types.js';

export const channelCatalogue = defineCatalogue({
  'command.channelLink.summary': {
    fi: 'liittää tämän kanavan verkoston käyttöön: akatemia (tilaisuuksien ilmoitukset) tai asiantuntijat (kysymykset)',
    sv: 'kopplar den här kanalen till nätverket: akademi (meddelanden om träffar) eller experter (frågor)',
    en: 'ties this channel to a network purpose: academy (session announcements) or experts (questions)',
  },
  'command.channelLink.usage': {
    fi: 'kanava liitä akatemia|asiantuntijat [aihe]',
    sv: 'channel link academy|experts [ämne]',
    en: 'channel link academy|experts [tag]',
  },
  'command.channelUnlink.summary': {
    fi: 'poistaa tämän kanavan liitoksen',
    sv: 'tar bort kanalens koppling',
    en: 'removes this channel’s link',
  },
  'command.channelUnlink.usage': {
    fi: 'kanava irrota akatemia|asiantuntijat [aihe]',
    sv: 'channel unlink academy|experts [ämne]',
    en: 'channel unlink academy|experts [tag]',
  },
  'channel.purposeLabel': { fi: 'käyttötarkoitus', sv: 'syfte', en: 'purpose' },
  'channel.tagLabel': { fi: 'aihe', sv: 'ämne', en: 'tag' },
  'channel.purpose.academy': { fi: 'akatemian ilmoitukset', sv: 'akademins meddelanden', en: 'academy announcements' },
  'channel.purpose.experts': { fi: 'asiantuntijakysymykset', sv: 'expertfrågor', en: 'expert questions' },
  'channel.notInChannel': {
    fi: 'Kirjoita tämä komento siinä kanavassa, jonka haluat liittää – ei yksityisviestissä.',
    sv: 'Skriv kommandot i den kanal du vill koppla, inte i ett privat meddelande.',
    en: 'Please run this in the channel you want to link, not in a direct message.',
  },
  'channel.linkedPosted': {
    fi: ({ purpose }) => `Valmis: tämä kanava on nyt käytössä (${purpose}), ja Keino kertoi siitä kanavalla.`,
    sv: ({ purpose }) => `Klart: den här kanalen används nu för ${purpose}, och Keino berättade det i kanalen.`,
    en: ({ purpose }) => `Done: this channel is now used for ${purpose}, and Keino said so in the channel.`,
  },
  'channel.linked': {
    fi: ({ purpose }) => `Valmis: tämä kanava on nyt käytössä: ${purpose}.`,
    sv: ({ purpose }) => `Klart: den här kanalen används nu för ${purpose}.`,
    en: ({ purpose }) => `Done: this channel is now used for ${purpose}.`,
  },
  'channel.unlinked': {
    fi: ({ purpose }) => `Tämä kanava ei ole enää käytössä: ${purpose}.`,
    sv: ({ purpose }) => `Den här kanalen används inte längre för ${purpose}.`,
    en: ({ purpose }) => `This channel is no longer used for ${purpose}.`,
  },
  'channel.notLinked': {
    fi: ({ purpose }) => `Tätä kanavaa ei ollut liitetty: ${purpose}. Mitään ei muutettu.`,
    sv: ({ purpose }) => `Kanalen var inte kopplad för ${purpose}. Inget ändrades.`,
    en: ({ purpose }) => `This channel was not linked for ${purpose}. Nothing changed.`,
  },
});
