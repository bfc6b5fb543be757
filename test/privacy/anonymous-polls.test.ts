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

/** The attacker's rules, on the rows as they are now: which option each person's ballot points to. */
async function guesses(pollId: number): Promise<Map<number, Set<number>>> {
  const ballots = await query(`select person_id, xmin::text as xmin, ctid::text as ctid from poll_ballots where poll_id = ${pollId}`);
  const counters = await query(`select option, xmin::text as xmin, ctid::text as ctid from poll_anonymous_counts where poll_id = ${pollId} order by ctid`);
  const byPerson = new Map<number, Set<number>>();
  for (const ballot of ballots) {
    const named = new Set<number>();
    // xmin: the counter rows written by the ballot's transaction.
    const sameTransaction = counters.filter((counter) => counter.xmin === ballot.xmin).map((counter) => Number(counter.option));
    if (sameTransaction.length > 0 && sameTransaction.length < counters.length) sameTransaction.forEach((option) => named.add(option));
    // ctid: a counter row that moved last (the highest place) after the ballot was written.
    const physicalOrder = counters.map((counter) => Number(counter.option));
    const inOptionOrder = physicalOrder.every((option, index) => option === index);
    if (!inOptionOrder) named.add(physicalOrder.at(-1)!);
    byPerson.set(Number(ballot.person_id), named);
  }
  return byPerson;
}

describe('an anonymous poll, read by someone holding the database', () => {
  it('ties no person to an option by xmin, ctid, order or time, while open and after closing', async () => {
    const voters = sized(12, 40);
    const options = 4;
    const id = await newPoll(options);
    const truth = new Map<number, number>();
    let links = 0;
    let tried = 0;
    for (let index = 0; index < voters; index++) {
      const who = caller(`UVOTER${index}`);
      const option = (index * 7 + 3) % options;
      await core.handleAction({ caller: who, conversation: channel, actionId: 'polls.vote', value: `${id}:${option}` });
      const person = await core.services.people.resolve(who.identity, who.loadProfile);
      truth.set(person.id, option);
      // After every single vote, the attacker looks at the rows.
      for (const [personId, named] of await guesses(id)) {
        tried++;
        if (named.size === 1 && named.has(truth.get(personId)!)) links++;
      }
    }
    await core.handleText({ caller: caller('UCREATOR'), conversation: channel, text: `poll close ${id}`, source: 'command' });
    let linksAfterClose = 0;
    for (const [personId, named] of await guesses(id)) if (named.size === 1 && named.has(truth.get(personId)!)) linksAfterClose++;

    // No column of a time, a person or a hash sits next to an option.
    const columns = await query(`select table_name, column_name, data_type from information_schema.columns where table_name in ('poll_anonymous_counts', 'poll_ballots')`);
    const counterColumns = columns.filter((column) => column.table_name === 'poll_anonymous_counts').map((column) => String(column.column_name)).sort();
    const timeColumns = columns.filter((column) => String(column.data_type).startsWith('timestamp'));
    // After closing: every ballot and counter row is of the closing transaction, ballots in person order.
    const ballotsAfter = await query(`select person_id, xmin::text as xmin from poll_ballots where poll_id = ${id} order by ctid`);
    const countersAfter = await query(`select xmin::text as xmin from poll_anonymous_counts where poll_id = ${id}`);
    const transactions = new Set([...ballotsAfter, ...countersAfter].map((row) => row.xmin));
    const personOrder = ballotsAfter.map((row) => Number(row.person_id));

    reportFigure(SECTION, 'votes cast, looks at the rows after each vote', `${voters}, ${tried}`, true);
    reportFigure(SECTION, 'person–option links by xmin, ctid or order (open)', links, links === 0);
    reportFigure(SECTION, 'person–option links after closing', linksAfterClose, linksAfterClose === 0);
    reportFigure(SECTION, 'time or person columns next to an option', timeColumns.length + (counterColumns.join() === 'option,poll_id,votes' ? 0 : 1), timeColumns.length === 0);
    expect(links).toBe(0);
    expect(linksAfterClose).toBe(0);
    expect(counterColumns).toEqual(['option', 'poll_id', 'votes']);
    expect(timeColumns).toEqual([]);
    expect(transactions.size).toBe(1);
    expect(personOrder).toEqual([...personOrder].sort((a, b) => a - b));
    const tally = (await core.services.polls.tally((await core.services.polls.find(id))!)).counts;
    expect(tally.reduce((sum, value) => sum + value, 0)).toBe(voters);
    expect(tally).toEqual(Array.from({ length: options }, (_, option) => [...truth.values()].filter((chosen) => chosen === option).length));
  });
});
