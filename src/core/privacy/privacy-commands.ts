import { actionValue, part } from '../commands/action-value.js';
import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineAction, defineCommand, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import { heading, note, personal, text, type Message } from '../messages/message.js';
import { CONFIRMATION_MINUTES, isValidConfirmation } from './privacy-service.js';

export const PRIVACY_DELETE_ACTION = 'privacy.delete';

const CONFIRM_WORDS = { confirm: 'confirm', vahvista: 'confirm', bekräfta: 'confirm', bekrafta: 'confirm' } as const;

export const privacyExportCommand = defineCommand({
  name: 'privacy export',
  alias: 'tietosuoja vie',
  aliases: ['dataskydd export'],
  summaryKey: 'command.privacyExport.summary',
  usageKey: 'command.privacyExport.usage',
  args: {},
  async run(context) {
    const { t, person, services, now } = context;
    const { data, file } = await services.privacy.exportFor(person, now);
    const sections = Object.keys(data).filter((key) => key !== 'exportedAt' && key !== 'personId');
    const message = personal([
      heading(t('privacy.export.heading')),
      text(t('privacy.export.body', { sections: sections.join(', ') })),
      note(t('privacy.export.note')),
    ]);
    return { ...message, attachments: [file] };
  },
});

export const privacyDeleteCommand = defineCommand({
  name: 'privacy delete',
  alias: 'tietosuoja poista',
  aliases: ['dataskydd radera'],
  summaryKey: 'command.privacyDelete.summary',
  usageKey: 'command.privacyDelete.usage',
  args: { positional: { confirm: positional(argumentTypes.oneOf(CONFIRM_WORDS), 'privacy.confirmLabel').optional() } },
  async run(context, { confirm }) {
    if (confirm) return erase(context);
    const { t, person, now } = context;
    return personal([
      heading(t('privacy.delete.heading')),
      text(t('privacy.delete.explain')),
      text(t('privacy.delete.how', { minutes: CONFIRMATION_MINUTES })),
      { type: 'buttons', buttons: [privacyDeleteAction.button(t('privacy.delete.button'), { personId: person.id, askedAt: now }, 'danger')] },
    ]);
  },
});

/** The confirmation button: only for the person it was made for, and only for a while. */
export const privacyDeleteAction = defineAction({
  id: PRIVACY_DELETE_ACTION,
  codec: actionValue({ personId: part.id(), askedAt: part.moment() }),
  async run(context, value) {
    if (!isValidConfirmation(value, context.person, context.now)) throw new KeinoError('privacy.stale_confirmation', 'privacy.delete.stale');
    const done = await erase(context);
    return { update: done };
  },
});

async function erase(context: CommandContext): Promise<Message> {
  const { t, person, services, now } = context;
  const report = await services.privacy.erase(person, person, now);
  const handed = report.handedOver.filter((handover) => handover.toPersonId !== null).length;
  const lines = [t('privacy.delete.done')];
  if (handed > 0) lines.push(t('privacy.delete.handedOver', { count: handed }));
  if (!report.personRemoved) lines.push(t('privacy.delete.placeholder'));
  return personal([text(lines.join(' '))]);
}

export function registerPrivacy(registry: CommandRegistry): void {
  registry.addCommand(privacyExportCommand).addCommand(privacyDeleteCommand).addAction(privacyDeleteAction);
}
