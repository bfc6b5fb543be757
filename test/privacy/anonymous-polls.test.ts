import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { reportFigure, sized } from '../helpers/figures.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { createTestCore } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * Someone holding the database tries to tell who chose what in an anonymous poll, while it is open
 * (after every single vote) and after it closed: by the transaction ids of the rows (xmin), their
 * physical place and order (ctid), and any time or person column next to an option. A "link" is a
 * vote whose option the attacker's rule names uniquely and correctly.
 */
const SECTION = 'Anonymous polls';
const channel: Conversation = { platform: 'slack', tenantId: 'T-ANON', channelId: 'C-ANON', kind: 'channel' };
let database: TestDatabase;
let core: KeinoCore;
const slack = new RecordingGateway('slack');

const caller = (userId: string): Caller => ({ identity: { platform: 'slack', tenantId: 'T-ANON', userId }, loadProfile: async () => ({ name: userId }) });

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db);
  core.services.gateways.register(slack);
}, 60_000);
afterAll(async () => {
  core?.services.polls.refresher.stop();
  await database?.drop();
});

type Row = Record<string, string | number>;
const query = async (text: string): Promise<Row[]> => rowsOf<Row>(await database.db.execute(sql.raw(text)));

async function newPoll(options: number): Promise<number> {
  const names = Array.from({ length: options }, (_, index) => `"Vaihtoehto ${index + 1}"`).join(' ');
  await core.handleText({ caller: caller('UCREATOR'), conversation: channel, text: `poll "Salainen?" ${names} --anonymous`, source: 'command' });
  // Keino posts the poll as its own message.
  const posted = slack.sent.at(-1)!.message;
  const buttons = posted.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : []));
  return Number(buttons.find((button) => button.actionId === 'polls.vote')!.value!.split(':')[0]);
}

/** The counter rows of a poll as the attacker sees them: option → [xmin, ctid]. */
async function counterRows(pollId: number): Promise<Map<number, { xmin: string; ctid: string }>> {
  const rows = await query(`select option, xmin::text as xmin, ctid::text as ctid from poll_anonymous_counts where poll_id = ${pollId}`);
  return new Map(rows.map((row) => [Number(row.option), { xmin: String(row.xmin), ctid: String(row.ctid) }]));
}

/**
 * The attacker's rules, on a vote just cast by a person whose ballot row they see: the counter
 * rows written by the ballot's transaction (xmin), and the counter rows that moved since the look
 * before the vote (ctid). Either names the chosen option when it singles out some of the counters
 * and not the others; the options it names are returned.
 */
async function guess(pollId: number, personId: number, before: Map<number, { xmin: string; ctid: string }>): Promise<Set<number>> {
  const [ballot] = await query(`select xmin::text as xmin from poll_ballots where poll_id = ${pollId} and person_id = ${personId}`);
  const after = await counterRows(pollId);
  const named = new Set<number>();
  const byTransaction = [...after].filter(([, row]) => row.xmin === ballot?.xmin).map(([option]) => option);
  const moved = [...after].filter(([option, row]) => before.get(option)?.ctid !== row.ctid).map(([option]) => option);
  for (const subset of [byTransaction, moved]) if (subset.length > 0 && subset.length < after.size) for (const option of subset) named.add(option);
  return named;
}

/** After closing: every row of the poll's ballots and counters is of one transaction, ballots in person order. */
async function tracesAfterClose(pollId: number): Promise<{ transactions: number; personOrder: number[] }> {
  const ballots = await query(`select person_id, xmin::text as xmin from poll_ballots where poll_id = ${pollId} order by ctid`);
  const counters = await query(`select xmin::text as xmin from poll_anonymous_counts where poll_id = ${pollId}`);
  return { transactions: new Set([...ballots, ...counters].map((row) => row.xmin)).size, personOrder: ballots.map((row) => Number(row.person_id)) };
}

describe('an anonymous poll, read by someone holding the database', () => {
  it('ties no person to an option by xmin, ctid, order or time, while open and after closing', async () => {
    const voters = sized(12, 40);
    const options = 4;
    const id = await newPoll(options);
    const truth = new Map<number, number>();
    let links = 0;
    for (let index = 0; index < voters; index++) {
      const who = caller(`UVOTER${index}`);
      const option = (index * 7 + 3) % options;
      const before = await counterRows(id);
      await core.handleAction({ caller: who, conversation: channel, actionId: 'polls.vote', value: `${id}:${option}` });
      const person = await core.services.people.resolve(who.identity, who.loadProfile);
      truth.set(person.id, option);
      // The attacker looks at the rows right after each vote.
      const named = await guess(id, person.id, before);
      if (named.has(option)) links++;
    }
    await core.handleText({ caller: caller('UCREATOR'), conversation: channel, text: `poll close ${id}`, source: 'command' });
    const closed = await tracesAfterClose(id);
    const linksAfterClose = closed.transactions === 1 && closed.personOrder.every((personId, index, all) => index === 0 || all[index - 1]! < personId) ? 0 : 1;

    // No column of a time, a person or a hash sits next to an option.
    const columns = await query(
      `select table_name, column_name, data_type from information_schema.columns where table_name in ('poll_anonymous_counts', 'poll_ballots')`,
    );
    const counterColumns = columns
      .filter((column) => column.table_name === 'poll_anonymous_counts')
      .map((column) => String(column.column_name))
      .sort();
    const timeColumns = columns.filter((column) => String(column.data_type).startsWith('timestamp'));
    reportFigure(SECTION, 'votes cast, each looked at right after it', voters, true);
    reportFigure(SECTION, 'person–option links by xmin, ctid or order (open)', links, links === 0);
    reportFigure(SECTION, 'person–option links after closing', linksAfterClose, linksAfterClose === 0);
    reportFigure(
      SECTION,
      'time or person columns next to an option',
      timeColumns.length + (counterColumns.join() === 'option,poll_id,votes' ? 0 : 1),
      timeColumns.length === 0,
    );
    expect(links).toBe(0);
    expect(linksAfterClose).toBe(0);
    expect(counterColumns).toEqual(['option', 'poll_id', 'votes']);
    expect(timeColumns).toEqual([]);
    expect(closed.transactions).toBe(1);
    expect(closed.personOrder).toEqual([...closed.personOrder].sort((a, b) => a - b));
    const tally = (await core.services.polls.tally((await core.services.polls.find(id))!)).counts;
    expect(tally.reduce((sum, value) => sum + value, 0)).toBe(voters);
    expect(tally).toEqual(Array.from({ length: options }, (_, option) => [...truth.values()].filter((chosen) => chosen === option).length));
  });
});
