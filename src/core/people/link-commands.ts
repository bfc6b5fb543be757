import { platformName } from '../ports/platform-capabilities.js';
import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineCommand, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import { translator } from '../i18n/translator.js';
import { heading, note, personal, text } from '../messages/message.js';
import { formatDateTime } from '../time/format.js';
import { formatLinkCode, LINK_CODE_LIFETIME_MS } from './identity-links.js';
import type { PlatformIdentity } from './person.js';

function identityOf(context: CommandContext): PlatformIdentity {
  // Only a person's own request carries the account it came from; nothing else may link.
  if (!context.identity) throw new KeinoError('link.no_identity', 'errors.internal');
  return context.identity;
}

/** `link` (yhdistä): a one-time code; `link <code>` (in the other platform) links the two accounts. */
export const linkCommand = defineCommand({
  name: 'link',
  alias: 'yhdistä',
  aliases: ['yhdista', 'koppla'],
  words: { sv: 'koppla' },
  summaryKey: 'command.link.summary',
  usageKey: 'command.link.usage',
  args: { positional: { code: positional(argumentTypes.text(40), 'link.codeLabel').optional().rest() } },
  async run(context, { code }) {
    const { t, person, services, now } = context;
    const identity = identityOf(context);
    if (code === undefined) {
      const issued = await services.links.issue(person, identity, now);
      // Where the code can be typed: every other platform where people link accounts (not the console).
      const others = Object.entries(services.platforms).filter(([platform, can]) => platform !== identity.platform && can.linksAccounts);
      const other = others.map(([, can]) => can.name[context.locale]).join(' / ');
      // Shown only to the person (ephemeral in Slack, the personal chat in Teams): the code is a secret.
      return personal(
        [
          heading(t('link.heading')),
          text(t('link.code', { code: formatLinkCode(issued.code), other, minutes: LINK_CODE_LIFETIME_MS / 60_000 })),
          text(
            t('link.typeThis', {
              command: `${t('link.commandWord')} ${formatLinkCode(issued.code)}`,
              until: formatDateTime(issued.expiresAt, context.timeZone, context.locale),
            }),
          ),
          note(t('link.secret')),
        ],
        t('link.heading'),
      );
    }
    const { survivor, platforms } = await services.links.redeem(person, identity, code, now);
    // From now on Keino speaks to both accounts in the linked person's language.
    const speak = survivor.locale ? translator(survivor.locale) : t;
    const language = survivor.locale ?? context.locale;
    return personal([text(speak('link.linked', { platforms: platforms.map((platform) => platformName(services.platforms, platform, language)).join(', ') }))]);
  },
});

/** `link off` (yhdistä pois): this account becomes a person of its own again. */
export const linkOffCommand = defineCommand({
  name: 'link off',
  alias: 'yhdistä pois',
  aliases: ['yhdista pois', 'koppla bort', 'unlink'],
  words: { sv: 'koppla bort' },
  summaryKey: 'command.linkOff.summary',
  usageKey: 'command.linkOff.usage',
  args: {},
  async run(context) {
    const { t, person, services, now } = context;
    const identity = identityOf(context);
    await services.links.unlink(person, identity, now);
    return personal([text(t('link.unlinked', { platform: platformName(services.platforms, identity.platform, context.locale) }))]);
  },
});

export function registerLinkCommands(registry: CommandRegistry): void {
  registry.addCommand(linkCommand).addCommand(linkOffCommand);
}
