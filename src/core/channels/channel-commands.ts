import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineCommand, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import { postInConversation } from '../delivery/post-in-conversation.js';
import { personal, shared, text } from '../messages/message.js';

const PURPOSES = { academy: 'academy', akatemia: 'academy', akademi: 'academy', experts: 'experts', asiantuntijat: 'experts', experter: 'experts' } as const;

const linkArgs = {
  positional: {
    purpose: positional(argumentTypes.oneOf(PURPOSES), 'channel.purposeLabel'),
    tag: positional(argumentTypes.slug(), 'channel.tagLabel').optional(),
  },
};

function purposeKey(purpose: 'academy' | 'experts', tag: string | undefined): string {
  return tag && purpose === 'experts' ? `experts:${tag}` : purpose;
}

function purposeName(context: CommandContext, purpose: 'academy' | 'experts', tag: string | undefined): string {
  const name = context.t(`channel.purpose.${purpose}`);
  return tag && purpose === 'experts' ? `${name} (${tag})` : name;
}

function requireChannel(context: CommandContext): void {
  if (context.conversation.kind === 'personal') throw new KeinoError('channel.not_in_channel', 'channel.notInChannel');
}

export const channelLinkCommand = defineCommand({
  name: 'channel link',
  alias: 'kanava liitä',
  aliases: ['kanava liita', 'kanal koppla'],
  summaryKey: 'command.channelLink.summary',
  usageKey: 'command.channelLink.usage',
  roles: ['admin'],
  args: linkArgs,
  async run(context, { purpose, tag }) {
    requireChannel(context);
    const name = purposeName(context, purpose, tag);
    // Keino will post here on its own (announcements, questions), so it must be in the channel:
    // the notice is its own post (in a public Slack channel it joins first). Where it cannot post,
    // the admin hears how to add Keino and nothing is linked.
    await postInConversation(context.services.delivery, context.conversation, shared([text(context.t('channel.linked', { purpose: name }))]));
    await context.services.channels.link(purposeKey(purpose, tag), context.conversation, context.person.id);
    await context.services.audit.record({
      actorPersonId: context.person.id,
      action: 'channel.link',
      target: purposeKey(purpose, tag),
      details: { ...context.conversation },
    });
    return { ...personal([text(context.t('channel.linkedPosted', { purpose: name }))]), acknowledgement: true };
  },
});

export const channelUnlinkCommand = defineCommand({
  name: 'channel unlink',
  alias: 'kanava irrota',
  aliases: ['kanal koppla bort'],
  summaryKey: 'command.channelUnlink.summary',
  usageKey: 'command.channelUnlink.usage',
  roles: ['admin'],
  args: linkArgs,
  async run(context, { purpose, tag }) {
    requireChannel(context);
    const removed = await context.services.channels.unlink(purposeKey(purpose, tag), context.conversation);
    if (!removed) return personal([text(context.t('channel.notLinked', { purpose: purposeName(context, purpose, tag) }))]);
    await context.services.audit.record({
      actorPersonId: context.person.id,
      action: 'channel.unlink',
      target: purposeKey(purpose, tag),
      details: { ...context.conversation },
    });
    return shared([text(context.t('channel.unlinked', { purpose: purposeName(context, purpose, tag) }))]);
  },
});

export function registerChannelCommands(registry: CommandRegistry): void {
  registry.addCommand(channelLinkCommand).addCommand(channelUnlinkCommand);
}
