import { platformName } from '../ports/platform-capabilities.js';
import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineCommand } from '../commands/command.js';
import { translator } from '../i18n/translator.js';
import { heading, personal, text } from '../messages/message.js';

const LANGUAGE_WORDS = {
  fi: 'fi',
  suomi: 'fi',
  finnish: 'fi',
  finska: 'fi',
  sv: 'sv',
  ruotsi: 'sv',
  svenska: 'sv',
  swedish: 'sv',
  en: 'en',
  englanti: 'en',
  english: 'en',
  engelska: 'en',
} as const;

export const langCommand = defineCommand({
  name: 'lang',
  alias: 'kieli',
  aliases: ['språk', 'language'],
  summaryKey: 'command.lang.summary',
  usageKey: 'command.lang.usage',
  args: { positional: { language: positional(argumentTypes.oneOf(LANGUAGE_WORDS), 'lang.label').optional() } },
  async run(context, { language }) {
    if (!language) {
      return personal([text(context.t('lang.current', { language: context.t(`language.${context.locale}`) }))]);
    }
    await context.services.people.setLocale(context.person, language);
    // The confirmation is already in the new language.
    return personal([text(translator(language)('lang.changed'))]);
  },
});

export const whoamiCommand = defineCommand({
  name: 'whoami',
  alias: 'kuka',
  aliases: ['vem'],
  summaryKey: 'command.whoami.summary',
  usageKey: 'command.whoami.usage',
  args: {},
  async run(context) {
    const { t, person, services } = context;
    const [organisation, identities] = await Promise.all([services.people.organisationName(person), services.people.identities(person)]);
    // In the platforms' registered order, not the order the identities were first seen in.
    const registered = Object.keys(services.platforms);
    const ordered = [...identities].sort((a, b) => registered.indexOf(a.platform) - registered.indexOf(b.platform));
    const platforms = [...new Set(ordered.map((identity) => platformName(services.platforms, identity.platform, context.locale)))];
    return personal([
      heading(t('whoami.heading', { name: person.name })),
      {
        type: 'fields',
        fields: [
          { label: t('whoami.name'), value: person.name },
          { label: t('whoami.email'), value: person.email ?? t('whoami.unknown') },
          { label: t('whoami.organisation'), value: organisation ?? t('whoami.unknown') },
          { label: t('whoami.role'), value: t(`role.${person.role}`) },
          { label: t('whoami.language'), value: t(`language.${context.locale}`) },
          { label: t('whoami.timeZone'), value: context.timeZone },
          { label: t('whoami.platforms'), value: platforms.join(', ') || t('common.none') },
        ],
      },
    ]);
  },
});
