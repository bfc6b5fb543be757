import { option, positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineCommand } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import { heading, personal, text } from '../messages/message.js';
import type { Role } from '../people/person.js';
import { formatDate, formatDateTime } from '../time/format.js';

const AUDIT_SHOWN = 20;
const AUDIT_MAX = 100;
const DETAILS_SHOWN = 160;

const ROLE_WORDS: Record<string, Role> = {
  admin: 'admin',
  ylläpitäjä: 'admin',
  yllapitaja: 'admin',
  administratör: 'admin',
  facilitator: 'facilitator',
  fasilitaattori: 'facilitator',
  coordinator: 'coordinator',
  koordinaattori: 'coordinator',
  koordinator: 'coordinator',
  member: 'member',
  jäsen: 'member',
  jasen: 'member',
  medlem: 'member',
};

/** `admin audit`: the latest entries of the audit log, newest first. */
export const adminAuditCommand = defineCommand({
  name: 'admin audit',
  alias: 'ylläpito loki',
  aliases: ['yllapito loki', 'admin logg'],
  summaryKey: 'command.adminAudit.summary',
  usageKey: 'command.adminAudit.usage',
  roles: ['admin'],
  args: { positional: { count: positional(argumentTypes.positiveInteger(), 'admin.countLabel').optional() } },
  async run(context, { count }) {
    const { t, services, timeZone, locale } = context;
    const entries = await services.audit.latest(Math.min(count ?? AUDIT_SHOWN, AUDIT_MAX));
    if (entries.length === 0) return personal([heading(t('admin.audit.heading')), text(t('admin.audit.empty'))]);
    const items = entries.map((entry) => {
      // The record as kept, with its calendar dates as people read them.
      const details = entry.details
        ? JSON.stringify(entry.details).replace(/"(\d{4}-\d{2}-\d{2})"/g, (_, date: string) => JSON.stringify(formatDate(date, locale)))
        : '';
      const when = formatDateTime(entry.at, timeZone, locale);
      const who = entry.actorName ?? t(entry.details?.self === true ? 'admin.audit.self' : 'admin.audit.keino');
      const line = entry.target
        ? t('admin.audit.entry', { when, who, action: entry.action, target: entry.target })
        : t('admin.audit.entryWithoutTarget', { when, who, action: entry.action });
      return details ? `${line} ${details.length > DETAILS_SHOWN ? `${details.slice(0, DETAILS_SHOWN - 1)}…` : details}` : line;
    });
    return personal([heading(t('admin.audit.heading')), { type: 'list', items }]);
  },
});

/** `admin role`: who coordinates, facilitates or administers; every change goes into the audit log. */
export const adminRoleCommand = defineCommand({
  name: 'admin role',
  alias: 'ylläpito rooli',
  aliases: ['yllapito rooli', 'admin roll'],
  summaryKey: 'command.adminRole.summary',
  usageKey: 'command.adminRole.usage',
  roles: ['admin'],
  args: {
    positional: {
      email: positional(argumentTypes.text(254), 'admin.emailLabel'),
      role: positional(argumentTypes.oneOf(ROLE_WORDS, ['admin', 'facilitator', 'coordinator', 'member']), 'admin.roleLabel'),
    },
    options: { organisation: option(argumentTypes.text(200), 'admin.organisationLabel', ['org', 'organisaatio', 'organization']) },
  },
  async run(context, { email, role, organisation }) {
    const { t, person: actor, services } = context;
    const store = services.people.peopleStore;
    const person = await store.findByEmail(email.trim().toLowerCase());
    if (!person) throw new KeinoError('admin.unknown_person', 'admin.role.unknownPerson', { email: email.slice(0, 120) });
    if (person.id === actor.id) throw new KeinoError('admin.own_role', 'admin.role.notYourself');
    const organisationRow = organisation ? await store.ensureOrganisation(organisation) : undefined;
    await store.setRole(person.id, role);
    if (organisationRow) await store.setOrganisation(person.id, organisationRow.id);
    await services.audit.record({
      actorPersonId: actor.id,
      action: 'people.role',
      target: `person:${person.id}`,
      details: { email: person.email, from: person.role, to: role, ...(organisationRow ? { organisation: organisationRow.name } : {}) },
    });
    const shownOrganisation = organisationRow?.name ?? (await services.people.organisationName(person));
    const done = shownOrganisation
      ? t('admin.role.doneInOrganisation', { name: person.name, role: t(`role.${role}`), organisation: shownOrganisation })
      : t('admin.role.done', { name: person.name, role: t(`role.${role}`) });
    return personal([text(done)]);
  },
});

export function registerAdminCommands(registry: CommandRegistry): void {
  registry.addCommand(adminAuditCommand).addCommand(adminRoleCommand);
}
