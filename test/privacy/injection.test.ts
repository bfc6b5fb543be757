import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoCore } from '../../src/core/keino.js';
import type { Message, Reply } from '../../src/core/messages/message.js';
import { renderMessage } from '../../src/platforms/slack/block-kit-renderer.js';
import { renderReply } from '../../src/platforms/teams/render-reply.js';
import { cardTexts } from '../../src/platforms/teams/card-texts.js';
import { reportFigure } from '../helpers/figures.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { consoleCaller, consoleConversation, createTestCore } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * Everything a person writes is shown as text: a hidden-target link or a mention typed into a
 * poll, a group, a session, an intervention, an FAQ answer or one's own display name must reach
 * Slack and Teams inert. Each reply that shows such text is rendered for both platforms and
 * searched for links whose label hides their address and for Slack mentions.
 */
const SECTION = 'Text from people';
const EVIL = 'https://evil.example';
let db: TestDatabase;
let core: KeinoCore;
/** Where Keino posts on its own (the poll message). */
const posts = new RecordingGateway('console');
const ADMIN = 'admin@keino.fi';
const name = `[Pekka](${EVIL}/name) <!channel>`;

beforeAll(async () => {
  db = await createTestDatabase();
  core = createTestCore(db.db, { admins: [ADMIN] });
  core.services.gateways.register(posts);
}, 60_000);
afterAll(async () => db?.drop());

const say = (text: string) =>
  core.handleText({ caller: consoleCaller('pekka', { name, email: ADMIN }), conversation: consoleConversation, text, source: 'command' });

interface Finding {
  platform: string;
  what: string;
}

/**
 * Links whose label is not their address, and mentions, in what each platform renders as markup:
 * Slack's top-level `text` and mrkdwn text objects (plain_text shows markup as typed); Teams'
 * TextBlocks and facts (action titles and the notification summary are plain).
 */
function findings(reply: Reply): Finding[] {
  if (reply.kind !== 'message') return [];
  const found: Finding[] = [];
  for (const page of renderMessage(reply as Message)) {
    for (const value of [page.text, ...markupOf(page.blocks, (node) => node.type === 'mrkdwn', ['text'])]) {
      for (const match of value.matchAll(/<([^>|]*)(?:\|([^>]*))?>/g)) {
        const [whole, target, label] = match;
        if (/^[!@#]/.test(target!)) found.push({ platform: 'slack', what: `mention ${whole}` });
        else if (label !== undefined && label !== target) found.push({ platform: 'slack', what: `hidden link ${whole}` });
      }
    }
  }
  for (const activity of renderReply(reply, { texts: cardTexts('fi') })) {
    const texts = [...markupOf(activity, (node) => node.type === 'TextBlock', ['text']), ...factsOf(activity)];
    for (const value of texts) {
      for (const match of value.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)\s]*)\)/g)) {
        if (match[1]!.replace(/\\/g, '') !== match[2]) found.push({ platform: 'teams', what: `hidden link ${match[0]}` });
      }
    }
  }
  return found;
}

type Node = Record<string, unknown>;

/** The string properties `keys` of every object in the tree that `select` picks. */
function markupOf(tree: unknown, select: (node: Node) => boolean, keys: string[]): string[] {
  if (Array.isArray(tree)) return tree.flatMap((item) => markupOf(item, select, keys));
  if (!tree || typeof tree !== 'object') return [];
  const node = tree as Node;
  const own = select(node) ? keys.map((key) => node[key]).filter((value): value is string => typeof value === 'string') : [];
  return [...own, ...Object.values(node).flatMap((value) => markupOf(value, select, keys))];
}

function factsOf(tree: unknown): string[] {
  if (Array.isArray(tree)) return tree.flatMap(factsOf);
  if (!tree || typeof tree !== 'object') return [];
  const node = tree as Node;
  const own =
    node.type === 'FactSet' && Array.isArray(node.facts) ? (node.facts as { title: string; value: string }[]).flatMap((fact) => [fact.title, fact.value]) : [];
  return [...own, ...Object.values(node).flatMap(factsOf)];
}

describe('links and mentions people write', () => {
  it('are shown as text on every platform, wherever Keino shows them', async () => {
    const link = (where: string) => `[Kela](${EVIL}/${where}) <!channel> <@U0BOSS> <!subteam^S1>`;
    const replies: Reply[] = [];
    replies.push(await say('whoami'));
    replies.push(await say(`poll "${link('question')}" "${link('option')}" "toinen"`));
    replies.push(await say(`group create hostile "${link('group')}" "${link('description')}"`));
    replies.push(await say('join hostile'));
    replies.push(await say('groups'));
    replies.push(await say('group members hostile'));
    replies.push(await say(`session add "${link('session')}" 2031-06-02 10:00 2h "${link('place')}"`));
    replies.push(await say('sessions'));
    replies.push(await say(`faq add "Missä ${link('faq-question')}?" "Täällä: ${link('faq-answer')}" --tags hostile`));
    replies.push(await say('kysy Missä Kela'));
    replies.push(await say(`task add "${link('task')}" ${ADMIN} 2031-01-31 org=Kuopio`));
    replies.push(await say('tasks'));
    replies.push(...posts.sent.map((sent) => sent.message));
    const shown = replies.filter((reply) => JSON.stringify(reply).includes(EVIL)).length;
    const all = replies.flatMap(findings);
    reportFigure(SECTION, 'replies showing a link and mentions a person wrote (Slack and Teams)', shown, shown >= 8);
    reportFigure(SECTION, 'rendered as a hidden link or a mention', all.length, all.length === 0);
    expect(shown).toBeGreaterThanOrEqual(8);
    expect(all).toEqual([]);
  });
});
