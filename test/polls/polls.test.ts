import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { MessageRef } from '../../src/core/commands/command.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Block, Form, Message, Reply } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { DeliveryError, type PlatformGateway } from '../../src/core/ports/platform-gateway.js';

let database: TestDatabase;
let core: KeinoCore;
let now = new Date('2026-05-04T09:00:00Z');

const TEAM = 'T-KEINO';
const channel: Conversation = { platform: 'slack', tenantId: TEAM, channelId: 'C-SOTE', kind: 'channel' };
const consoleHere: Conversation = { platform: 'console', tenantId: 'local', channelId: 'console', kind: 'personal' };

function slackCaller(userId: string, name = userId, email?: string): Caller {
  return { identity: { platform: 'slack', tenantId: TEAM, userId }, loadProfile: async () => ({ name, email }) };
}
function consoleCaller(userId: string, name = userId): Caller {
  return { identity: { platform: 'console', tenantId: 'local', userId }, loadProfile: async () => ({ name }) };
}

const aino = slackCaller('UAINO', 'Aino Aloittaja');
const pekka = slackCaller('UPEKKA', 'Pekka Peer');
const admin = slackCaller('UADMIN', 'Anna Admin', 'admin@keino.fi');

/** Where Keino posts its poll messages (the adapters are tested against fake platform APIs elsewhere). */
const posts = { slack: new RecordingGateway('slack'), console: new RecordingGateway('console') };

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'], clock: () => now });
  core.services.gateways.register(posts.slack);
  core.services.gateways.register(posts.console);
});
afterAll(async () => {
  core?.services.polls.refresher.stop();
  await database?.drop();
});

const run = (who: Caller, text: string, conversation: Conversation = channel) => core.handleText({ caller: who, conversation, text, source: 'command' });

function asMessage(reply: Reply | undefined): Message {
  expect(reply?.kind).toBe('message');
  return reply as Message;
}

function buttonsOf(reply: Reply | undefined): { label: string; actionId: string; value?: string }[] {
  return asMessage(reply).blocks.flatMap((block: Block) => (block.type === 'buttons' ? block.buttons : []));
}

/** The poll number, read from the vote buttons. */
function pollIdOf(reply: Reply): number {
  const vote = buttonsOf(reply).find((button) => button.actionId === 'polls.vote');
  expect(vote, replyText(reply)).toBeDefined();
  return Number(vote!.value!.split(':')[0]);
}

function bars(reply: Reply | undefined): { label: string; value: number; max: number }[] {
  return asMessage(reply).blocks.filter((block): block is Extract<Block, { type: 'progress' }> => block.type === 'progress');
}

const ref = (messageId: string, conversation: Conversation = channel): MessageRef => ({ platform: conversation.platform, conversation, messageId });

function click(who: Caller, actionId: string, value: string, conversation: Conversation = channel, source?: MessageRef) {
  return core.handleAction({ caller: who, conversation, actionId, value, source: source ?? ref('1714800000.000100', conversation) });
}

/**
 * `poll …` as a command: Keino posts the poll as its own message in the conversation and answers
 * with a private confirmation. Returns both, and the poll number.
 */
async function create(
  who: Caller,
  text: string,
  conversation: Conversation = channel,
): Promise<{ id: number; posted: Message; reply: Reply; ref: MessageRef }> {
  const gateway = posts[conversation.platform as 'slack' | 'console'];
  const before = gateway.sent.length;
  const reply = await run(who, text, conversation);
  const sent = gateway.sent.slice(before).at(-1);
  expect(sent, replyText(reply)).toBeDefined();
  return { id: pollIdOf(sent!.message), posted: sent!.message, reply, ref: ref(sent!.messageId, conversation) };
}

async function count(query: string): Promise<number> {
  return Number(rowsOf<{ n: number }>(await database.db.execute(sql.raw(query)))[0]!.n);
}

async function tallyOf(pollId: number): Promise<number[]> {
  const poll = (await core.services.polls.find(pollId))!;
  return (await core.services.polls.tally(poll)).counts;
}

describe('creating a poll', () => {
  it('posts the poll to the whole channel as Keino’s own message, with a button for each option, and confirms privately', async () => {
    const { posted, reply, id } = await create(aino, 'poll "Missä tavataan syksyllä?" "Helsinki" "Tampere" "Etänä"');
    expect(asMessage(reply).visibility).toBe('person');
    expect(replyText(reply)).toContain(`Kysely #${id} on julkaistu tähän keskusteluun`);
    expect(posted.visibility).toBe('conversation');
    const text = replyText(posted);
    expect(text).toContain('Missä tavataan syksyllä?');
    expect(bars(posted).map((bar) => [bar.label, bar.value])).toEqual([
      ['Helsinki', 0],
      ['Tampere', 0],
      ['Etänä', 0],
    ]);
    expect(text).toContain('tekijä Aino Aloittaja');
    expect(buttonsOf(posted).map((button) => button.label)).toEqual(['Helsinki', 'Tampere', 'Etänä', 'Sulje kysely', 'Tulokset (CSV)']);
    // Where it went is stored, so that the refresher can update it.
    expect((await core.services.polls.messagesOf(id)).map((message) => message.messageId)).toEqual([posts.slack.sent.at(-1)!.messageId]);
  });

  it('takes the Finnish spellings of the options and says what they mean on the poll', async () => {
    const { posted } = await create(aino, 'kysely "Mitkä teemat?" "Vastuullisuus" "Innovaatiot" "Sote" --anonyymi --monivalinta 2 --sulkeutuu 2h');
    const text = replyText(posted);
    expect(text).toContain('Anonyymi kysely');
    expect(text).toContain('Voit valita enintään 2 vaihtoehtoa');
    // 09:00 UTC is 12:00 in Helsinki in May; two hours on.
    expect(text).toContain('Sulkeutuu ma 4.5.2026 klo 14.00');
  });

  it('accepts a closing date and time in the creator’s time zone', async () => {
    const { id } = await create(aino, 'poll "Q" "A" "B" --closes "8.5.2026 16:00"');
    const poll = (await core.services.polls.find(id))!;
    expect(poll.closesAt?.toISOString()).toBe('2026-05-08T13:00:00.000Z');
  });

  it('where Keino may not post, says how to add it and leaves nothing behind', async () => {
    const before = await count('select count(*)::int as n from polls');
    const jobsBefore = await count('select count(*)::int as n from jobs');
    posts.slack.failNext(new DeliveryError('Slack chat.postMessage failed: channel_not_found', { permanent: true, code: 'channel_not_found' }));
    const reply = await run(aino, 'poll "Salaisuus?" "A" "B" --closes 2h');
    expect(asMessage(reply).visibility).toBe('person');
    expect(replyText(reply)).toContain('/invite @Keino');
    expect(await count('select count(*)::int as n from polls')).toBe(before);
    expect(await count('select count(*)::int as n from jobs')).toBe(jobsBefore);
  });

  it('refuses too few, too many, empty and duplicate options politely, writing nothing', async () => {
    const before = await count('select count(*)::int as n from polls');
    const cases: [string, RegExp][] = [
      ['poll "Yksin?" "Vain tämä"', /vähintään 2 vaihtoehtoa/],
      [`poll "Liikaa?" ${Array.from({ length: 11 }, (_, index) => `"V${index + 1}"`).join(' ')}`, /enintään 10 vaihtoehtoa/],
      ['poll "Tyhjä?" "A" ""', /Yksi vaihtoehdoista on tyhjä/],
      ['poll "Kahdesti?" "Pizza" " pizza "', /Vaihtoehto ”pizza” on mukana kahdesti/],
      ['poll "Monta?" "A" "B" --multi 3', /enintään yhtä monta kuin on vaihtoehtoja \(2\), ei 3/],
      ['poll "Mennyt?" "A" "B" --closes 1.1.2020', /on jo mennyt/],
      ['poll "Milloin?" "A" "B" --closes huomenna', /En ymmärrä sulkeutumisaikaa/],
    ];
    for (const [input, expected] of cases) {
      const reply = await run(aino, input);
      expect(asMessage(reply).visibility, input).toBe('person');
      expect(replyText(reply), input).toMatch(expected);
    }
    expect(await count('select count(*)::int as n from polls')).toBe(before);
  });

  it('opens a form with no arguments, shows problems on the fields, and posts the poll when it is right', async () => {
    const form = (await run(aino, 'kysely')) as Form;
    expect(form.kind).toBe('form');
    expect(form.fields.map((field) => field.name)).toEqual(['question', 'options', 'anonymous', 'multi', 'closes']);

    const wrong = (await core.handleForm({
      caller: aino,
      conversation: channel,
      formId: form.formId,
      values: { question: 'Lounas?', options: 'Pizza\n\nPizza', anonymous: 'named' },
    })) as Form;
    expect(wrong.kind).toBe('form');
    expect(wrong.errors?.options).toContain('mukana kahdesti');
    expect(wrong.fields.find((field) => field.name === 'question')?.initial).toBe('Lounas?');

    const before = posts.slack.sent.length;
    const confirmed = await core.handleForm({
      caller: aino,
      conversation: channel,
      formId: form.formId,
      values: { question: 'Lounas?', options: 'Pizza\nKeitto\n', anonymous: 'anonymous', multi: '2' },
    });
    expect(asMessage(confirmed).visibility).toBe('person');
    expect(replyText(confirmed)).toContain('on julkaistu');
    const posted = posts.slack.sent.slice(before).at(-1)!.message;
    expect(posted.visibility).toBe('conversation');
    expect(replyText(posted)).toContain('Anonyymi kysely');
    expect(bars(posted).map((bar) => bar.label)).toEqual(['Pizza', 'Keitto']);
  });
});

describe('voting', () => {
  it('counts a click, confirms it privately, and takes it back on a second click', async () => {
    const { id } = await create(aino, 'poll "Kahvi vai tee?" "Kahvi" "Tee"', consoleHere);
    const voter = consoleCaller('ville', 'Ville Virtanen');

    const first = await click(voter, 'polls.vote', `${id}:0`, consoleHere);
    expect(asMessage(first.reply).visibility).toBe('person');
    expect(replyText(first.reply!)).toContain('Äänesi on kirjattu: Kahvi');
    expect(bars(first.update)[0]).toMatchObject({ label: 'Kahvi', value: 1, max: 1 });
    expect(replyText(first.update!)).toContain('Ville Virtanen');

    const again = await click(voter, 'polls.vote', `${id}:0`, consoleHere);
    expect(replyText(again.reply!)).toContain('Peruit äänesi: Kahvi');
    expect(bars(again.update)[0]).toMatchObject({ label: 'Kahvi', value: 0 });
    expect(await tallyOf(id)).toEqual([0, 0]);
  });

  it('answers a button value that is no value of its action politely, counting nothing', async () => {
    const { id } = await create(aino, 'poll "Lounas?" "Keitto" "Salaatti"', consoleHere);
    const voter = consoleCaller('veera', 'Veera Vieras');
    for (const [actionId, value] of [
      ['polls.vote', `${id}`],
      ['polls.vote', `${id}:keitto`],
      ['polls.vote', `${id}:0:1`],
      ['polls.vote', `x${id}:0`],
      ['polls.ballot', `${id}:${1 << 10}`],
      ['polls.cast', `${id}:-1`],
      ['polls.close', `${id}:0`],
      ['polls.export', ''],
    ] as const) {
      const outcome = await click(voter, actionId, value, consoleHere);
      expect(replyText(outcome.reply!), `${actionId} ${value}`).toBe('Tämä painike ei ole enää käytössä. Kokeile komentoa uudelleen.');
      expect(outcome.update).toBeUndefined();
    }
    expect(await tallyOf(id)).toEqual([0, 0]);
    expect((await core.services.polls.find(id))!.state).toBe('open');
  });

  it('moves a single-choice vote to the option clicked next', async () => {
    const id = (await create(aino, 'poll "Aamu vai ilta?" "Aamu" "Ilta"')).id;
    await click(pekka, 'polls.vote', `${id}:0`);
    const moved = await click(pekka, 'polls.vote', `${id}:1`);
    expect(replyText(moved.reply!)).toContain('Vaihdoit äänesi: Aamu → Ilta');
    expect(await tallyOf(id)).toEqual([0, 1]);
  });

  it('lets a person choose up to the --multi limit and refuses one more politely', async () => {
    const id = (await create(aino, 'poll "Mitkä?" "A" "B" "C" --multi 2')).id;
    expect(replyText((await click(pekka, 'polls.vote', `${id}:0`)).reply!)).toContain('Olet valinnut 1/2');
    expect(replyText((await click(pekka, 'polls.vote', `${id}:1`)).reply!)).toContain('Olet valinnut 2/2');
    const third = await click(pekka, 'polls.vote', `${id}:2`);
    expect(replyText(third.reply!)).toContain('Voit valita enintään 2 vaihtoehtoa');
    expect(await tallyOf(id)).toEqual([1, 1, 0]);
    // Taking one back makes room again.
    await click(pekka, 'polls.vote', `${id}:0`);
    await click(pekka, 'polls.vote', `${id}:2`);
    expect(await tallyOf(id)).toEqual([0, 1, 1]);
  });

  it('counts 500 people voting at once exactly, each once', async () => {
    const id = (await create(aino, 'poll "Suosikkiteema?" "Vastuullisuus" "Innovaatiot" "Sote" "Digitalisaatio"')).id;
    const voters = Array.from({ length: 500 }, (_, index) => slackCaller(`U-STORM-${index}`, `Vastaaja ${index}`));
    // Everyone exists first, so the storm is votes, not first contacts.
    await Promise.all(voters.map((voter) => core.services.people.resolve(voter.identity, voter.loadProfile)));

    const outcomes = await Promise.all(voters.map((voter, index) => click(voter, 'polls.vote', `${id}:${index % 4}`)));
    expect(outcomes.filter((outcome) => replyText(outcome.reply!).includes('Äänesi on kirjattu'))).toHaveLength(500);
    expect(await tallyOf(id)).toEqual([125, 125, 125, 125]);
    expect(await count(`select count(*)::int as n from poll_votes where poll_id = ${id}`)).toBe(500);
    expect(await count(`select count(*)::int as n from poll_ballots where poll_id = ${id}`)).toBe(500);

    // A second storm: the first 100 take their vote back while 100 others move theirs.
    await Promise.all([
      ...voters.slice(0, 100).map((voter, index) => click(voter, 'polls.vote', `${id}:${index % 4}`)),
      ...voters.slice(100, 200).map((voter, index) => click(voter, 'polls.vote', `${id}:${(index + 1) % 4}`)),
    ]);
    // 0–99 left; 100–199 moved from (i % 4) to (i + 1) % 4: the per-option counts stay balanced.
    expect(await tallyOf(id)).toEqual([100, 100, 100, 100]);
    expect(await count(`select count(*)::int as n from poll_ballots where poll_id = ${id}`)).toBe(400);
  }, 600_000);

  it('holds the --multi limit when one person clicks every option at once', async () => {
    const id = (await create(aino, 'poll "Kiireinen?" "A" "B" "C" "D" "E" "F" --multi 2')).id;
    const outcomes = await Promise.all([0, 1, 2, 3, 4, 5].map((option) => click(pekka, 'polls.vote', `${id}:${option}`)));
    const refused = outcomes.filter((outcome) => replyText(outcome.reply!).includes('Voit valita enintään 2'));
    expect(refused).toHaveLength(4);
    expect((await tallyOf(id)).reduce((sum, value) => sum + value, 0)).toBe(2);
    expect(await core.services.polls.choicesOf(await core.services.people.resolve(pekka.identity, pekka.loadProfile), id)).toHaveLength(2);
  });

  it('keeps one vote when one person clicks every option of a single-choice poll at once', async () => {
    const id = (await create(aino, 'poll "Yksi?" "A" "B" "C" "D"')).id;
    await Promise.all([0, 1, 2, 3, 0, 1, 2, 3].map((option) => click(aino, 'polls.vote', `${id}:${option}`)));
    const tally = await tallyOf(id);
    expect(tally.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(1);
    expect(await count(`select count(*)::int as n from poll_ballots where poll_id = ${id}`)).toBe(tally.reduce((sum, value) => sum + value, 0));
  });
});

describe('anonymous polls', () => {
  it('show no names, count each ballot once and for good, and export counts only', async () => {
    const id = (await create(aino, 'poll "Onko kehittäjäryhmästä hyötyä?" "Kyllä" "Ei" --anonymous')).id;
    const voters = ['UANON1', 'UANON2', 'UANON3'].map((user) => slackCaller(user, `Salainen ${user}`));
    await Promise.all(voters.map((voter, index) => click(voter, 'polls.vote', `${id}:${index === 2 ? 1 : 0}`)));
    // A second click cannot change or take back an anonymous vote: nothing records what it was.
    const again = await click(voters[2]!, 'polls.vote', `${id}:0`);
    expect(replyText(again.reply!)).toContain('Olet jo äänestänyt tässä anonyymissa kyselyssä');
    expect(replyText(again.reply!)).toContain('Vastauksesi on anonyymi');

    const view = await core.services.polls.view((await core.services.polls.find(id))!);
    expect(replyText(view)).toContain('Anonyymi kysely');
    expect(replyText(view)).not.toContain('Salainen');
    expect(await tallyOf(id)).toEqual([2, 1]);
    expect(await count(`select count(*)::int as n from poll_votes where poll_id = ${id}`)).toBe(0);
    const counters = rowsOf<Record<string, unknown>>(
      await database.db.execute(sql.raw(`select * from poll_anonymous_counts where poll_id = ${id} order by option`)),
    );
    expect(counters.map((row) => Object.keys(row).sort())).toEqual([
      ['option', 'poll_id', 'votes'],
      ['option', 'poll_id', 'votes'],
    ]);
    expect(await count(`select count(*)::int as n from poll_ballots where poll_id = ${id}`)).toBe(3);

    const results = asMessage(await run(aino, `kysely tulokset ${id}`));
    const csv = String(results.attachments?.[0]?.content);
    expect(results.attachments?.[0]?.mimeType).toBe('text/csv');
    expect(csv).toBe('\uFEFFvaihtoehto;äänet\r\nKyllä;2\r\nEi;1\r\n');
    expect(csv).not.toContain('Salainen');
    await run(aino, `poll close ${id}`);
    expect(await tallyOf(id)).toEqual([2, 1]);
  });

  it('with several choices, the person picks on a private ballot and casts it once', async () => {
    const id = (await create(aino, 'poll "Mitkä teemat?" "A" "B" "C" --anonymous --multi 2')).id;
    const voter = slackCaller('UANON-MULTI', 'Monivalitsija');
    const first = await click(voter, 'polls.vote', `${id}:0`);
    expect(first.reply?.kind === 'message' && first.reply.visibility).toBe('person');
    const toggles = buttonsOf(first.reply);
    expect(toggles.map((button) => button.label)).toEqual(['☑ A', '☐ B', '☐ C', 'Anna ääni']);
    // Nothing is stored before the ballot is cast.
    expect(await count(`select count(*)::int as n from poll_ballots where poll_id = ${id}`)).toBe(0);
    const withC = await click(voter, 'polls.ballot', toggles[2]!.value!);
    const chosen = buttonsOf(withC.update);
    expect(chosen.map((button) => button.label)).toEqual(['☑ A', '☐ B', '☑ C', 'Anna ääni']);
    expect(replyText((await click(voter, 'polls.ballot', chosen[1]!.value!)).reply!)).toContain('Voit valita enintään 2');
    const cast = await click(voter, 'polls.cast', chosen[3]!.value!);
    expect(replyText(cast.update!)).toContain('Äänesi on annettu: A, C');
    expect(await tallyOf(id)).toEqual([1, 0, 1]);
    // The same ballot cast again, or a new one: refused, counted once.
    expect(replyText((await click(voter, 'polls.cast', chosen[3]!.value!)).update!)).toContain('Olet jo äänestänyt');
    expect(replyText((await click(voter, 'polls.vote', `${id}:1`)).reply!)).toContain('Olet jo äänestänyt');
    expect(await tallyOf(id)).toEqual([1, 0, 1]);
  });
});

describe('closing and results', () => {
  it('lets only the creator or an admin close, then shows final results and refuses votes politely', async () => {
    const id = (await create(aino, 'poll "Jatketaanko?" "Kyllä" "Ei"', consoleHere)).id;
    await click(pekka, 'polls.vote', `${id}:0`, consoleHere);

    const refused = await click(pekka, 'polls.close', String(id), consoleHere);
    expect(replyText(refused.reply!)).toContain('Vain kyselyn tekijä tai ylläpitäjä');
    expect(refused.update).toBeUndefined();

    const closed = await click(aino, 'polls.close', String(id), consoleHere);
    expect(replyText(closed.reply!)).toContain(`Suljit kyselyn #${id}`);
    expect(replyText(closed.update!)).toContain('Nämä ovat lopulliset tulokset');
    expect(buttonsOf(closed.update).map((button) => button.actionId)).toEqual(['polls.export']);

    const late = await click(pekka, 'polls.vote', `${id}:1`, consoleHere);
    expect(replyText(late.reply!)).toContain('Tämä kysely on päättynyt');
    expect(await tallyOf(id)).toEqual([1, 0]);
    expect(replyText(await run(admin, `poll close ${id}`))).toContain(`Kysely #${id} oli jo suljettu`);
  });

  it('lets an admin close with the command, posting the final results in the poll’s channel', async () => {
    const id = (await create(aino, 'poll "Admin sulkee?" "A" "B"')).id;
    const reply = asMessage(await run(admin, `kysely sulje ${id}`));
    expect(reply.visibility).toBe('conversation');
    expect(replyText(reply)).toContain('päättynyt');
    expect(replyText(await run(pekka, `poll close ${id}`))).toContain('Vain kyselyn tekijä');
  });

  it('refuses votes once the closing time has passed, even before the scheduled close has run', async () => {
    const id = (await create(aino, 'poll "Pian kiinni?" "A" "B" --closes 30m')).id;
    now = new Date(now.getTime() + 31 * 60_000);
    try {
      expect(replyText((await click(pekka, 'polls.vote', `${id}:0`)).reply!)).toContain('päättynyt');
      expect(await tallyOf(id)).toEqual([0, 0]);
    } finally {
      now = new Date(now.getTime() - 31 * 60_000);
    }
  });

  it('gives the creator the results with a CSV of who voted what, and nobody else', async () => {
    const id = (await create(aino, 'poll "Nimellinen?" "Kyllä; toki" "=Ei"')).id;
    await click(pekka, 'polls.vote', `${id}:0`);
    await click(admin, 'polls.vote', `${id}:1`);
    const results = asMessage(await run(aino, `poll results ${id}`));
    expect(results.visibility).toBe('person');
    const csv = String(results.attachments?.[0]?.content);
    expect(results.attachments?.[0]?.filename).toBe(`kysely-${id}.csv`);
    // What Finnish Excel opens as columns: BOM, semicolons, CRLF; a ; in a cell quoted, a formula defused.
    expect(csv.startsWith('\uFEFFvaihtoehto;vastaaja;aika (UTC)\r\n')).toBe(true);
    expect(csv).toContain('\r\n"Kyllä; toki";Pekka Peer;');
    expect(csv).toContain("\r\n'=Ei;Anna Admin;");
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(replyText(await run(pekka, `poll results ${id}`))).toContain('Tulokset ja CSV-tiedosto ovat kyselyn tekijälle');
    expect(replyText((await click(pekka, 'polls.export', String(id))).reply!)).toContain('kyselyn tekijälle');
    expect(replyText(await run(aino, 'poll results 999999'))).toContain('Kyselyä #999999 ei löydy');
  });
});

describe('refreshing the poll message', () => {
  it('leaves Slack messages to the refresher, which updates them at most once a second and ends with every vote', async () => {
    const slack = posts.slack;
    const { id, ref: message } = await create(aino, 'poll "Myrsky?" "A" "B"');
    const voters = Array.from({ length: 120 }, (_, index) => slackCaller(`U-REFRESH-${index}`));
    await Promise.all(voters.map((voter) => core.services.people.resolve(voter.identity, voter.loadProfile)));

    const started = Date.now();
    const outcomes: { update?: Reply }[] = [];
    // Three waves over about two seconds.
    for (let wave = 0; wave < 3; wave++) {
      outcomes.push(
        ...(await Promise.all(
          voters.slice(wave * 40, wave * 40 + 40).map((voter, index) => click(voter, 'polls.vote', `${id}:${index % 2}`, channel, message)),
        )),
      );
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    await core.services.polls.refresher.idle();

    expect(outcomes.every((outcome) => outcome.update === undefined)).toBe(true);
    const updates = slack.updates.filter((update) => update.sent.messageId === message.messageId);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 1000) + 1);
    const gaps = updates.slice(1).map((update, index) => update.at.getTime() - updates[index]!.at.getTime());
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(900);
    expect(bars(updates.at(-1)!.message).map((bar) => bar.value)).toEqual([60, 60]);
  }, 120_000);
});

/**
 * A Slack that answers each chat.update after `latencyMs`, and notes when each began and was
 * answered, what it showed, and the most updates of one message it had on their way at once.
 */
function slowSlack(latencyMs: (index: number) => number) {
  const updates: { began: number; answered: number; counts: number[] }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const gateway: PlatformGateway = {
    platform: 'slack',
    sendToPerson: () => Promise.reject(new Error('not used here')),
    sendToConversation: async (conversation) => ({ platform: 'slack', conversation, messageId: '1714800000.007700' }),
    async updateMessage(_sent, message) {
      const index = updates.length;
      const update = { began: Date.now(), answered: Number.NaN, counts: bars(message).map((bar) => bar.value) };
      updates.push(update);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, latencyMs(index)));
      inFlight -= 1;
      update.answered = Date.now();
    },
  };
  return { gateway, updates, mostInFlight: () => mostInFlight };
}

describe('refreshing after a slow update', () => {
  it('begins no update of a poll message while the previous one is on its way, and the next one as soon as it is answered', async () => {
    // The first update takes 2.5 s to be answered, longer than the interval; the next ones are quick.
    const slack = slowSlack((index) => (index === 0 ? 2_500 : 0));
    core.services.gateways.register(slack.gateway);
    try {
      const confirmation = replyText(await run(aino, 'poll "Hidas päivitys?" "A" "B"'));
      const id = Number(/#(\d+)/.exec(confirmation)![1]);
      const message = ref('1714800000.007700');
      await click(aino, 'polls.vote', `${id}:0`, channel, message);
      while (slack.updates.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      // A second vote while the first update is on its way.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await click(pekka, 'polls.vote', `${id}:1`, channel, message);
      // (the vote was in while the first update was on its way)
      expect(slack.updates[0]!.answered).toBeNaN();
      await core.services.polls.refresher.idle();

      const [first, second] = slack.updates;
      expect(slack.updates).toHaveLength(2);
      expect(slack.mostInFlight()).toBe(1);
      // Not before the first was answered, and not a whole interval after that (as it used to be).
      expect(second!.began).toBeGreaterThanOrEqual(first!.answered);
      expect(second!.began - first!.answered).toBeLessThan(700);
      expect(second!.counts).toEqual([1, 1]);
    } finally {
      core.services.gateways.register(posts.slack);
    }
  }, 60_000);

  it('coalesces a burst of votes on two instances: fewer updates than votes, never two of one message on their way, the last one exact', async () => {
    // Each update takes 1.2 s to be answered: longer than the interval, so only the claim in the
    // database keeps a second instance from beginning one while the first is on its way.
    const slack = slowSlack(() => 1_200);
    const other = createTestCore(database.db, { admins: ['admin@keino.fi'], clock: () => now });
    core.services.gateways.register(slack.gateway);
    other.services.gateways.register(slack.gateway);
    try {
      const confirmation = replyText(await run(aino, 'poll "Ryöppy kahdelle?" "A" "B" "C"'));
      const id = Number(/#(\d+)/.exec(confirmation)![1]);
      const message = ref('1714800000.007700');
      const voters = Array.from({ length: 150 }, (_, index) => slackCaller(`U-BURST-${index}`));
      await Promise.all(voters.map((voter) => core.services.people.resolve(voter.identity, voter.loadProfile)));

      // 150 votes over about 2.5 s, every other one through the second instance.
      for (let wave = 0; wave < 5; wave++) {
        await Promise.all(
          voters.slice(wave * 30, wave * 30 + 30).map((voter, index) =>
            (index % 2 === 0 ? core : other).handleAction({
              caller: voter,
              conversation: channel,
              actionId: 'polls.vote',
              value: `${id}:${index % 3}`,
              source: message,
            }),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await Promise.all([core.services.polls.refresher.idle(), other.services.polls.refresher.idle()]);

      expect(slack.mostInFlight()).toBe(1);
      expect(slack.updates.length).toBeGreaterThanOrEqual(2);
      expect(slack.updates.length).toBeLessThan(voters.length / 10);
      const byAnswer = [...slack.updates].sort((a, b) => a.answered - b.answered);
      for (const [index, update] of byAnswer.slice(1).entries()) expect(update.began).toBeGreaterThanOrEqual(byAnswer[index]!.answered);
      // What the message shows in the end: every vote.
      expect(byAnswer.at(-1)!.counts).toEqual([50, 50, 50]);
      expect(await tallyOf(id)).toEqual([50, 50, 50]);
    } finally {
      await other.services.polls.refresher.stop();
      core.services.gateways.register(posts.slack);
    }
  }, 120_000);
});

describe('a person’s own data', () => {
  it('exports what the person created and chose, and erasing them keeps anonymous votes counted', async () => {
    const leaving = slackCaller('U-LEAVING', 'Lähtevä Liisa');
    const named = (await create(leaving, 'poll "Nimellinen kysely?" "Yksi" "Kaksi"')).id;
    const secret = (await create(aino, 'poll "Salainen kysely?" "Kyllä" "Ei" --anonymous')).id;
    await click(leaving, 'polls.vote', `${named}:1`);
    await click(leaving, 'polls.vote', `${secret}:0`);
    await click(pekka, 'polls.vote', `${secret}:0`);

    const person = await core.services.people.resolve(leaving.identity, leaving.loadProfile);
    const data = await core.services.polls.personalData(person);
    expect(data.created.map((poll) => poll.question)).toEqual(['Nimellinen kysely?']);
    expect(data.votes).toEqual([expect.objectContaining({ pollId: named, option: 'Kaksi' })]);
    expect(data.anonymous).toEqual([{ pollId: secret, question: 'Salainen kysely?' }]);

    await database.db.execute(sql`delete from people where id = ${person.id}`);
    expect(await tallyOf(named)).toEqual([0, 0]);
    expect(await tallyOf(secret)).toEqual([2, 0]);
    const view = await core.services.polls.view((await core.services.polls.find(secret))!);
    // One voter is gone, both votes stay: the bar is out of 2, never past 100 %.
    expect(bars(view).map((bar) => [bar.label, bar.value, bar.max])).toEqual([
      ['Kyllä', 2, 2],
      ['Ei', 0, 2],
    ]);
    expect(replyText(await core.services.polls.view((await core.services.polls.find(named))!))).toContain('tekijä tuntematon');
  });
});
