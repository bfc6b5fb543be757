import { COMMAND_ACTION, defineHomeSection } from '../commands/command.js';
import { heading, note } from '../messages/message.js';

/** The top of every home: who Keino thinks you are and your language. */
export const accountHomeSection = defineHomeSection({
  id: 'account',
  order: 0,
  async render({ t, person, locale, services }) {
    const organisation = await services.people.organisationName(person);
    return [
      heading(t('whoami.heading', { name: person.name })),
      {
        type: 'fields',
        fields: [
          { label: t('whoami.organisation'), value: organisation ?? t('whoami.unknown') },
          { label: t('whoami.role'), value: t(`role.${person.role}`) },
          { label: t('whoami.language'), value: t(`language.${locale}`) },
        ],
      },
      {
        type: 'buttons',
        buttons: (['fi', 'sv', 'en'] as const)
          .filter((candidate) => candidate !== locale)
          .map((candidate) => ({ label: t(`language.${candidate}`), actionId: COMMAND_ACTION, value: `lang ${candidate}` })),
      },
      note(t('help.intro')),
    ];
  },
});
