import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { COMMAND_ACTION, defineAction, defineCommand, defineHomeSection, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { translator, type Translate } from '../i18n/translator.js';
import { heading, personal, shared, text, type Block, type Message } from '../messages/message.js';
import type { Person, PlatformIdentity } from '../people/person.js';
import { groupDescription, groupName, type Group } from './group.js';
import { GroupChannels, type ChannelEffect } from './group-channels.js';
import { platformName } from '../ports/platform-capabilities.js';
import { typed } from './command-hint.js';
import { registerPairingCommands } from './pairing-commands.js';

const slugArgs = { positional: { slug: positional(argumentTypes.slug(), 'groups.slugLabel') } };

function channelsOf(context: CommandContext): GroupChannels {
  return new GroupChannels(context.services.gateways, context.services.platforms, context.services.people.peopleStore);
}

/** "Slack, Microsoft Teams" for the platforms where something happened. */
function platformsOf(context: CommandContext, effects: ChannelEffect[], ok: boolean): string | undefined {
  const names = effects.filter((effect) => effect.ok === ok).map((effect) => platformName(context.services.platforms, effect.platform, context.locale));
  const platforms = [...new Set(names)];
  return platforms.length > 0 ? platforms.join(', ') : undefined;
}

function effectLines(context: CommandContext, effects: ChannelEffect[], done: MessageKey, failed: MessageKey): string[] {
  const { t } = context;
  const succeeded = platformsOf(context, effects, true);
  const missed = platformsOf(context, effects, false);
  return [...(succeeded ? [t(done, { platforms: succeeded })] : []), ...(missed ? [t(failed, { platforms: missed })] : [])];
}

/** The active groups with member counts, and a Join or Leave button on each. */
async function groupList(context: CommandContext): Promise<Message> {
  const { t, locale } = context;
  const listings = await context.services.groups.list(context.person);
  if (listings.length === 0) return personal([heading(t('groups.heading')), text(t('groups.none'))]);
  const blocks: Block[] = [heading(t('groups.heading'))];
  for (const { group, memberCount, isMember } of listings) {
    const facts = [`\`${group.slug}\``, t('groups.memberCount', { count: memberCount }), ...(isMember ? [`_${t('groups.youAreMember')}_`] : [])];
    const description = groupDescription(group, locale);
    blocks.push(text(`**${groupName(group, locale)}** · ${facts.join(' · ')}${description ? `\n${description}` : ''}`));
    blocks.push({
      type: 'buttons',
      buttons: [
        isMember
          ? { label: t('groups.leaveButton'), actionId: 'groups.leave', value: group.slug }
          : { label: t('groups.joinButton'), actionId: 'groups.join', value: group.slug, style: 'primary' },
        { label: t('groups.membersButton'), actionId: COMMAND_ACTION, value: `group members ${group.slug}` },
      ],
    });
  }
  return personal(blocks);
}

/** A channel post in the group's own language, so that everyone in the channel reads the same. */
function groupPost(group: Group, compose: (t: Translate, name: string) => string): Message {
  const t = translator(group.language);
  return shared([text(compose(t, groupName(group, group.language)))]);
}

async function joinGroup(context: CommandContext, slug: string): Promise<Message> {
  const { t, locale, person, services } = context;
  const group = await services.groups.require(slug);
  const { welcome } = await services.groups.join(person, group, locale, context.now);
  const channels = await services.groups.channels(group);
  const ops = channelsOf(context);
  const invited = await ops.invite(channels, person.id);
  const organisation = await services.people.organisationName(person);
  const who = organisation ? `**${person.name}** (${organisation})` : `**${person.name}**`;
  // One welcome a person, group and day: joining and leaving again does not post it again.
  if (welcome)
    await ops.post(
      channels,
      groupPost(group, (groupT, name) => groupT('groups.welcomePost', { who, name })),
    );
  return personal([
    text([t('groups.joined', { name: groupName(group, locale) }), ...effectLines(context, invited, 'groups.invited', 'groups.inviteFailed')].join(' ')),
  ]);
}

async function leaveGroup(context: CommandContext, slug: string): Promise<Message> {
  const { t, locale, person, services } = context;
  const group = await services.groups.require(slug);
  await services.groups.leave(person, group, locale, context.now);
  const removed = await channelsOf(context).remove(await services.groups.channels(group), person.id);
  return personal([
    text([t('groups.left', { name: groupName(group, locale) }), ...effectLines(context, removed, 'groups.removed', 'groups.removeFailed')].join(' ')),
  ]);
}

export const groupsCommand = defineCommand({
  name: 'groups',
  alias: 'ryhmät',
  aliases: ['ryhmat', 'grupper'],
  summaryKey: 'command.groups.summary',
  usageKey: 'command.groups.usage',
  args: {},
  run: (context) => groupList(context),
});

export const joinCommand = defineCommand({
  name: 'join',
  alias: 'liity',
  aliases: ['gå med', 'ga med'],
  summaryKey: 'command.join.summary',
  usageKey: 'command.join.usage',
  args: slugArgs,
  run: (context, { slug }) => joinGroup(context, slug),
});

export const leaveCommand = defineCommand({
  name: 'leave',
  alias: 'eroa',
  aliases: ['lämna', 'lamna'],
  summaryKey: 'command.leave.summary',
  usageKey: 'command.leave.usage',
  args: slugArgs,
  run: (context, { slug }) => leaveGroup(context, slug),
});

export const groupMembersCommand = defineCommand({
  name: 'group members',
  alias: 'ryhmä jäsenet',
  aliases: ['ryhma jasenet', 'grupp medlemmar'],
  summaryKey: 'command.groupMembers.summary',
  usageKey: 'command.groupMembers.usage',
  args: slugArgs,
  async run(context, { slug }) {
    const { t, locale, services } = context;
    const group = await services.groups.require(slug);
    const members = await services.groups.members(group);
    const title = heading(t('groups.membersHeading', { name: groupName(group, locale), count: members.length }));
    if (members.length === 0) return personal([title, text(t('groups.noMembers'))]);
    return personal([
      title,
      { type: 'list', items: members.map((member) => (member.organisationName ? `${member.name} — ${member.organisationName}` : member.name)) },
    ]);
  },
});

/**
 * Where a new group's channel is created: in this workspace when its platform creates channels
 * (Slack), else in the creator's own workspace on one that does; nowhere when none served here does.
 */
async function channelPlaceOf(context: CommandContext, person: Person, ops: GroupChannels): Promise<Omit<PlatformIdentity, 'userId'> | undefined> {
  if (!ops.createsChannels) return undefined;
  const { platform, tenantId } = context.conversation;
  if (ops.canCreateChannel(platform)) return { platform, tenantId };
  const identities = await context.services.people.identities(person);
  return identities.find((identity) => ops.canCreateChannel(identity.platform));
}

export const groupCreateCommand = defineCommand({
  name: 'group create',
  alias: 'ryhmä luo',
  aliases: ['ryhma luo', 'grupp skapa'],
  summaryKey: 'command.groupCreate.summary',
  usageKey: 'command.groupCreate.usage',
  roles: ['admin', 'facilitator'],
  args: {
    positional: {
      slug: positional(argumentTypes.slug(), 'groups.slugLabel'),
      name: positional(argumentTypes.text(80), 'groups.nameLabel'),
      description: positional(argumentTypes.text(500), 'groups.descriptionLabel').optional(),
    },
  },
  async run(context, { slug, name, description }) {
    const { t, locale, person, services } = context;
    const group = await services.groups.create(person, { slug, name, description, locale });
    await services.audit.record({ actorPersonId: person.id, action: 'group.create', target: slug });
    const lines = [t('groups.created', { name: groupName(group, locale), slug })];

    const ops = channelsOf(context);
    const place = await channelPlaceOf(context, person, ops);
    const here = place && place.platform === context.conversation.platform && place.tenantId === context.conversation.tenantId;
    const created = place ? await ops.createChannel(place.platform, place.tenantId, slug, here ? context.conversation : undefined) : undefined;
    const channel = created?.channel;
    if (channel) {
      await services.groups.link(person, group, channel, locale);
      await ops.invite([channel], person.id);
      lines.push(services.platforms[channel.platform].groupChannels?.createdNote?.[locale] ?? t('groups.channelCreated'));
    } else if (created?.failed === 'missing-consent') {
      lines.push(t('groups.channelConsentMissing'));
    } else if (created?.failed === 'failed' && place) {
      lines.push(services.platforms[place.platform].groupChannels?.createFailedNote?.[locale] ?? t('groups.channelCreateFailed'));
    }
    // Where channels are not created (Teams), or creating failed, a channel is linked by hand, from inside it.
    if (!channel || context.conversation.platform !== channel.platform) {
      lines.push(t('groups.howToLink', { command: typed(context, 'group link', slug) }));
    }
    return personal([text(lines.join(' '))]);
  },
});

export const groupArchiveCommand = defineCommand({
  name: 'group archive',
  alias: 'ryhmä arkistoi',
  aliases: ['ryhma arkistoi', 'grupp arkivera'],
  summaryKey: 'command.groupArchive.summary',
  usageKey: 'command.groupArchive.usage',
  roles: ['admin', 'facilitator'],
  args: slugArgs,
  async run(context, { slug }) {
    const { t, locale, person, services } = context;
    const group = await services.groups.require(slug);
    await services.groups.archive(person, group, locale, context.now);
    await services.audit.record({ actorPersonId: person.id, action: 'group.archive', target: slug });
    await channelsOf(context).post(
      await services.groups.channels(group),
      groupPost(group, (groupT, name) => groupT('groups.archivedPost', { name })),
    );
    return personal([text(t('groups.archivedDone', { name: groupName(group, locale) }))]);
  },
});

export const groupLinkCommand = defineCommand({
  name: 'group link',
  alias: 'ryhmä liitä',
  aliases: ['ryhma liita', 'grupp koppla'],
  summaryKey: 'command.groupLink.summary',
  usageKey: 'command.groupLink.usage',
  roles: ['admin', 'facilitator'],
  args: slugArgs,
  async run(context, { slug }) {
    const { t, locale, person, services, conversation } = context;
    const group = await services.groups.require(slug);
    await services.groups.link(person, group, conversation, locale);
    await services.audit.record({ actorPersonId: person.id, action: 'group.link', target: slug, details: { ...conversation } });
    // Members who joined before the group had a channel here are brought in now.
    const ops = channelsOf(context);
    let invited = 0;
    for (const member of await services.groups.members(group)) {
      invited += (await ops.invite([conversation], member.personId)).filter((effect) => effect.ok).length;
    }
    const lines = [t('groups.linked', { name: groupName(group, locale), command: typed(context, 'join', slug) })];
    if (invited > 0) lines.push(t('groups.linkInvited', { count: invited }));
    return shared([text(lines.join(' '))]);
  },
});

export const joinAction = defineAction({
  id: 'groups.join',
  async run(context, slug) {
    const reply = await joinGroup(context, slug);
    return { reply, update: await groupList(context) };
  },
});

export const leaveAction = defineAction({
  id: 'groups.leave',
  async run(context, slug) {
    const reply = await leaveGroup(context, slug);
    return { reply, update: await groupList(context) };
  },
});

/** The person's groups on their home, with a way to browse the rest. */
export const groupsHomeSection = defineHomeSection({
  id: 'groups',
  order: 20,
  async render(context) {
    const { t, locale } = context;
    const groups = await context.services.groups.groupsOf(context.person);
    return [
      heading(t('groups.homeHeading')),
      groups.length > 0 ? { type: 'list', items: groups.map((group) => `**${groupName(group, locale)}** (\`${group.slug}\`)`) } : text(t('groups.homeNone')),
      { type: 'buttons', buttons: [{ label: t('groups.browseButton'), actionId: COMMAND_ACTION, value: 'groups' }] },
    ];
  },
});

export function registerGroupCommands(registry: CommandRegistry): void {
  registry
    .addCommand(groupsCommand)
    .addCommand(joinCommand)
    .addCommand(leaveCommand)
    .addCommand(groupMembersCommand)
    .addCommand(groupCreateCommand)
    .addCommand(groupArchiveCommand)
    .addCommand(groupLinkCommand)
    .addAction(joinAction)
    .addAction(leaveAction)
    .addHomeSection(groupsHomeSection);
  registerPairingCommands(registry);
}
