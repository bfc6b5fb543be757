import { defineCatalogue } from '../i18n/catalogue-types.js';

export const adminCatalogue = defineCatalogue({
  'command.adminAudit.summary': {
    fi: 'näyttää ylläpidon lokin: kuka teki mitä ja milloin',
    sv: 'visar administrationsloggen: vem gjorde vad och när',
    en: 'shows the audit log: who did what, and when',
  },
  'command.adminAudit.usage': { fi: 'ylläpito loki [määrä]', sv: 'admin audit [antal]', en: 'admin audit [count]' },
  'command.adminRole.summary': {
    fi: 'antaa henkilölle roolin (ja organisaation)',
    sv: 'ger en person en roll (och en organisation)',
    en: 'gives a person a role (and an organisation)',
  },
  'command.adminRole.usage': {
    fi: 'ylläpito rooli <sähköposti> ylläpitäjä|fasilitaattori|koordinaattori|jäsen [--org "<organisaatio>"]',
    sv: 'admin role <e-post> admin|facilitator|coordinator|member [--org "<organisation>"]',
    en: 'admin role <e-mail> admin|facilitator|coordinator|member [--org "<organisation>"]',
  },
  'admin.countLabel': { fi: 'määrä', sv: 'antal', en: 'count' },
  'admin.emailLabel': { fi: 'sähköposti', sv: 'e-post', en: 'e-mail' },
  'admin.roleLabel': { fi: 'rooli', sv: 'roll', en: 'role' },
  'admin.organisationLabel': { fi: 'organisaatio', sv: 'organisation', en: 'organisation' },
  'admin.audit.heading': { fi: 'Ylläpidon loki', sv: 'Administrationslogg', en: 'Audit log' },
  'admin.audit.empty': { fi: 'Lokissa ei ole vielä mitään.', sv: 'Loggen är tom än så länge.', en: 'Nothing has been logged yet.' },
  'admin.audit.keino': { fi: 'Keino / komentorivi', sv: 'Keino / kommandorad', en: 'Keino / command line' },
  'admin.audit.self': { fi: 'henkilö itse (tiedot poistettu)', sv: 'personen själv (uppgifterna raderade)', en: 'the person themselves (data erased)' },
  'admin.audit.entry': {
    fi: ({ when, who, action, target }) => `${when} · ${who} · \`${action}\`${target ? ` ${target}` : ''}`,
    sv: ({ when, who, action, target }) => `${when} · ${who} · \`${action}\`${target ? ` ${target}` : ''}`,
    en: ({ when, who, action, target }) => `${when} · ${who} · \`${action}\`${target ? ` ${target}` : ''}`,
  },
  'admin.role.unknownPerson': {
    fi: ({ email }) => `En tunne ketään osoitteella ${email}. Henkilön pitää kirjoittaa Keinolle kerran (tai olla tuotu toimenpiteiden vastuuhenkilönä).`,
    sv: ({ email }) => `Jag känner ingen med adressen ${email}. Personen behöver skriva till Keino en gång (eller vara importerad som ansvarsperson).`,
    en: ({ email }) => `I don't know anyone with the address ${email}. They need to write to Keino once (or be imported as an intervention owner).`,
  },
  'admin.role.notYourself': {
    fi: 'Omaa rooliasi et voi muuttaa; pyydä toista ylläpitäjää.',
    sv: 'Du kan inte ändra din egen roll; be en annan administratör.',
    en: "You can't change your own role; ask another admin.",
  },
  'admin.role.done': {
    fi: ({ name, role, organisation }) => `${name} on nyt ${role}${organisation ? ` (${organisation})` : ''}.`,
    sv: ({ name, role, organisation }) => `${name} är nu ${role}${organisation ? ` (${organisation})` : ''}.`,
    en: ({ name, role, organisation }) => `${name} is now ${role}${organisation ? ` (${organisation})` : ''}.`,
  },
});
