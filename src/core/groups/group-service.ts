import type { Conversation } from '../commands/conversation.js';
import { nearest } from '../commands/suggestions.js';
import { KeinoError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import type { Person } from '../people/person.js';
import { groupName, type Group, type GroupListing, type GroupMember } from './group.js';
import type { GroupStore, LinkOutcome } from './group-store.js';
import { PairingService } from './pairing-service.js';
import type { PairingStore } from './pairing-store.js';

/**
 * Developer groups without any platform: who is in which group, who runs it, which channels are its.
 * Every refusal is a KeinoError thrown before anything is written.
 */
export class GroupService {
  /** Peer pairing rounds of the groups. */
  readonly pairing: PairingService;

  constructor(
    private readonly store: GroupStore,
    pairingStore: PairingStore,
    timeOff?: ConstructorParameters<typeof PairingService>[2],
  ) {
    this.pairing = new PairingService(pairingStore, store, timeOff);
  }

  get groupStore(): GroupStore {
    return this.store;
  }

  /** The group with this slug, or a refusal that suggests the nearest existing slugs. */
  async require(slug: string): Promise<Group> {
    const group = await this.store.findBySlug(slug);
    if (group) return group;
    const known = await this.store.slugs();
    const active = known.filter((entry) => entry.state === 'active').map((entry) => entry.slug);
    const suggestions = nearest(slug, active, 3);
    throw new KeinoError('groups.unknown', 'groups.unknown', { slug }, (t) =>
      [
        t('groups.unknown', { slug: slug.slice(0, 40) }),
        suggestions.length > 0 ? t('groups.didYouMean', { names: suggestions.map((name) => `**${name}**`).join(', ') }) : t('groups.seeList'),
      ].join(' '),
    );
  }

  /** Admins manage every group; facilitators the groups they facilitate. */
  async mayManage(person: Person, group: Group): Promise<boolean> {
    if (person.role === 'admin') return true;
    return this.store.isFacilitator(group.id, person.id);
  }

  async requireManager(person: Person, group: Group, locale: Locale): Promise<void> {
    if (!(await this.mayManage(person, group))) {
      throw new KeinoError('groups.not_facilitator', 'groups.notFacilitator', { name: groupName(group, locale) });
    }
  }

  list(person: Person): Promise<GroupListing[]> {
    return this.store.listActive(person.id);
  }

  async create(person: Person, input: { slug: string; name: string; description?: string; locale: Locale }): Promise<Group> {
    const created = await this.store.create({
      slug: input.slug,
      name: { [input.locale]: input.name },
      description: input.description ? { [input.locale]: input.description } : {},
      language: input.locale,
      createdBy: person.id,
    });
    if (!created) throw new KeinoError('groups.slug_taken', 'groups.slugTaken', { slug: input.slug });
    return created;
  }

  async archive(person: Person, group: Group, locale: Locale, at: Date): Promise<void> {
    await this.requireManager(person, group, locale);
    if (group.state === 'archived' || !(await this.store.archive(group.id, at))) {
      throw new KeinoError('groups.already_archived', 'groups.alreadyArchived', { name: groupName(group, locale) });
    }
  }

  /** Returns whether to welcome the person in the group's channels: once a day at most. */
  async join(person: Person, group: Group, locale: Locale, at: Date): Promise<{ welcome: boolean }> {
    const name = groupName(group, locale);
    if (group.state === 'archived') throw new KeinoError('groups.archived', 'groups.archived', { name });
    const outcome = await this.store.join(group.id, person.id, at);
    if (outcome === 'already') throw new KeinoError('groups.already_member', 'groups.alreadyMember', { name });
    if (outcome === 'archived') throw new KeinoError('groups.archived', 'groups.archived', { name });
    return { welcome: outcome === 'joined' };
  }

  async leave(person: Person, group: Group, locale: Locale, at: Date): Promise<void> {
    if (!(await this.store.leave(group.id, person.id, at))) {
      throw new KeinoError('groups.not_member', 'groups.notMember', { name: groupName(group, locale) });
    }
  }

  members(group: Group): Promise<GroupMember[]> {
    return this.store.members(group.id);
  }

  groupsOf(person: Person): Promise<Group[]> {
    return this.store.groupsOf(person.id);
  }

  channels(group: Group): Promise<Conversation[]> {
    return this.store.channels(group.id);
  }

  /** Ties a channel (never a direct message) to the group, for a manager of the group. */
  async link(person: Person, group: Group, conversation: Conversation, locale: Locale): Promise<LinkOutcome & { linked: true }> {
    if (conversation.kind === 'personal') throw new KeinoError('groups.not_in_channel', 'groups.notInChannel');
    await this.requireManager(person, group, locale);
    if (group.state === 'archived') throw new KeinoError('groups.archived', 'groups.alreadyArchived', { name: groupName(group, locale) });
    const outcome = await this.store.linkChannel(group.id, conversation, person.id);
    if (!outcome.linked) {
      throw new KeinoError('groups.channel_taken', 'groups.channelTaken', { name: groupName(outcome.takenBy, locale) });
    }
    return outcome;
  }
}
