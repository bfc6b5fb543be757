import { defineCatalogue, plural } from '../i18n/catalogue-types.js';

export const privacyCatalogue = defineCatalogue({
  'command.privacyExport.summary': {
    fi: 'lähettää sinulle tiedoston kaikesta, mitä Keino sinusta tietää',
    sv: 'skickar dig en fil med allt Keino vet om dig',
    en: 'sends you a file of everything Keino holds about you',
  },
  'command.privacyExport.usage': { fi: 'tietosuoja vie', sv: 'privacy export', en: 'privacy export' },
  'command.privacyDelete.summary': {
    fi: 'poistaa tietosi Keinosta (kysyy ensin vahvistuksen)',
    sv: 'raderar dina uppgifter i Keino (frågar först)',
    en: 'erases your data from Keino (asks you to confirm first)',
  },
  'command.privacyDelete.usage': { fi: 'tietosuoja poista [vahvista]', sv: 'privacy delete [confirm]', en: 'privacy delete [confirm]' },
  'privacy.confirmLabel': { fi: 'vahvistus', sv: 'bekräftelse', en: 'confirmation' },

  'privacy.export.heading': { fi: 'Tietosi Keinossa', sv: 'Dina uppgifter i Keino', en: 'Your data in Keino' },
  'privacy.export.body': {
    fi: ({ sections }) => `Liitteenä on JSON-tiedosto kaikesta, mitä Keino sinusta tallentaa: ${sections}.`,
    sv: ({ sections }) => `Bifogat finns en JSON-fil med allt Keino sparar om dig: ${sections}.`,
    en: ({ sections }) => `Attached is a JSON file of everything Keino stores about you: ${sections}.`,
  },
  'privacy.export.note': {
    fi: 'Tiedosto on vain sinulle. Kirjoita **tietosuoja poista**, jos haluat tietosi poistettavan.',
    sv: 'Filen är bara för dig. Skriv **privacy delete** om du vill att dina uppgifter raderas.',
    en: 'The file is for you only. Type **privacy delete** to have your data erased.',
  },

  'privacy.delete.heading': { fi: 'Poistetaanko tietosi?', sv: 'Radera dina uppgifter?', en: 'Erase your data?' },
  'privacy.delete.explain': {
    fi: 'Keino poistaa jäsenyytesi, ilmoittautumisesi, nimetyt äänesi, parikeskustelusi ja tilisi yhteydet. Nimettömissä kyselyissä antamasi äänet jäävät laskuihin, mutta eivät johda sinuun. Kysymyksesi ja palautteesi jäävät tilastoihin ilman nimeäsi. Vastuullasi olevat toimenpiteet siirtyvät organisaatiosi koordinaattorille.',
    sv: 'Keino raderar dina medlemskap, anmälningar, namngivna röster, parsamtal och kontokopplingar. Röster i anonyma omröstningar räknas fortfarande men leder inte till dig. Dina frågor och din respons stannar i statistiken utan ditt namn. Åtgärder du ansvarar för går till din organisations koordinator.',
    en: 'Keino removes your memberships, registrations, named votes, peer pairs and account links. Votes in anonymous polls stay counted but lead to no one. Your questions and feedback stay in the statistics without your name. Interventions you own are handed to your organisation’s coordinator.',
  },
  'privacy.delete.how': {
    fi: ({ minutes }) => `Vahvista painikkeella tai kirjoittamalla **tietosuoja poista vahvista** ${minutes} minuutin kuluessa. Tätä ei voi perua.`,
    sv: ({ minutes }) => `Bekräfta med knappen eller skriv **privacy delete confirm** inom ${minutes} minuter. Det går inte att ångra.`,
    en: ({ minutes }) => `Confirm with the button or type **privacy delete confirm** within ${minutes} minutes. This cannot be undone.`,
  },
  'privacy.delete.button': { fi: 'Poista tietoni', sv: 'Radera mina uppgifter', en: 'Erase my data' },
  'privacy.delete.stale': {
    fi: 'Tämä vahvistus ei ole enää voimassa. Kirjoita **tietosuoja poista** uudelleen.',
    sv: 'Den här bekräftelsen gäller inte längre. Skriv **privacy delete** igen.',
    en: 'This confirmation is no longer valid. Type **privacy delete** again.',
  },
  'privacy.delete.done': {
    fi: 'Tietosi on poistettu Keinosta. Jos kirjoitat Keinolle uudelleen, aloitat alusta uutena käyttäjänä.',
    sv: 'Dina uppgifter har raderats från Keino. Om du skriver till Keino igen börjar du som en ny användare.',
    en: 'Your data has been erased from Keino. If you write to Keino again, you start afresh as a new user.',
  },
  'privacy.delete.handedOver': {
    fi: ({ count }) => `${count} ${plural(Number(count), 'toimenpide siirtyi', 'toimenpidettä siirtyi')} organisaatiosi koordinaattorille.`,
    sv: ({ count }) => `${count} ${plural(Number(count), 'åtgärd gick', 'åtgärder gick')} till din organisations koordinator.`,
    en: ({ count }) => `${count} ${plural(Number(count), 'intervention was', 'interventions were')} handed to your organisation’s coordinator.`,
  },
  'privacy.delete.placeholder': {
    fi: 'Toimenpiteillesi ei löytynyt uutta vastuuhenkilöä, joten ne jäivät nimettömälle paikanpitäjälle; ylläpito voi siirtää ne.',
    sv: 'Ingen ny ansvarsperson hittades för dina åtgärder, så de ligger kvar hos en namnlös platshållare; administratörerna kan flytta dem.',
    en: 'No new owner was found for your interventions, so they stay with a nameless placeholder; the admins can reassign them.',
  },
});
