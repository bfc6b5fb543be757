import { localDateOf } from '../../src/core/time/local-time.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, round } from './bench-report.js';
import { postmasterPidOf, STATISTICS_SETTLE_MS, transactionCount } from './database-stats.js';
import { runLoad, type LoadResult } from './load.js';
import { postgresCpuMs, processCpuMs } from './cpu-time.js';
import { runPacedLoad } from './paced-load.js';
import { seedInterventionsWithNudges, seedOrganisations, seedSlackPeople } from './seed.js';
import { startBareBolt, startKeinoServer, type ServerProcess } from './server-process.js';
import { BENCH_CHANNEL_NAME, BENCH_CHANNEL, benchUserId, createPoll, slashCommand, voteClick, type PostedPoll, type SlackRequest } from './slack-requests.js';

export interface AckOptions {
  quick: boolean;
}

/** Resident memory of a server idle and at its peak under the acknowledgement load (for benchmark 6). */
export interface MemoryUnderLoad {
  keino: { idleMb: number; peakMb: number };
  bare: { idleMb: number; peakMb: number };
}

const PEOPLE = 200;
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const AIM_RATE = 200;
const AIM_P99_MS = 100;
const SLACK_ACK_DEADLINE_MS = 3000;
/** Issue 23's aims for what a request costs, beside the bare Bolt app in the same run. */
const AIM_FULL_RATE = 400;
const AIM_THROUGHPUT_RATIO = 0.35;
const AIM_SUSTAINED_RATIO = 0.8;
const AIM_SERVER_CPU_MS = 0.8;
const AIM_POSTGRES_CPU_MS = 0.4;
const AIM_READ_ONLY_TRANSACTIONS = 1;

interface CpuUse {
  bareMs: number;
  keinoMs: number;
  postgresMs: number;
}

interface Step {
  /** Offered requests a second, evenly paced. */
  rate?: number;
  /** Offered requests a second, each second's at once. */
  burstRate?: number;
  run(origin: string): Promise<LoadResult>;
}

/**
 * A mix of what people do in Slack, a third each: `/keino help`, `/keino tasks`, and a click on a
 * vote button of a poll; spread over 200 people Keino already knows.
 */
function mix(poll: PostedPoll, responseUrl: (name: string) => string): () => SlackRequest {
  let n = 0;
  return () => {
    n += 1;
    const user = benchUserId(n % PEOPLE);
    switch (n % 3) {
      case 0:
        return slashCommand('help', user, responseUrl(`help-${n}`));
      case 1:
        return slashCommand('tasks', user, responseUrl(`tasks-${n}`));
      default:
        return voteClick(poll, n % 4, user, responseUrl(`vote-${n}`));
    }
  };
}

/** Read-only commands only, `/keino help` and `/keino tasks` in turn, over the same people. */
function readOnly(responseUrl: (name: string) => string): () => SlackRequest {
  let n = 0;
  return () => {
    n += 1;
    return slashCommand(n % 2 === 0 ? 'help' : 'tasks', benchUserId(n % PEOPLE), responseUrl(`read-${n}`));
  };
}

/**
 * 1. Command acknowledgement: signed requests at increasing rates against Keino's real server in a
 * child process, and the same load against a bare Bolt app (same receiver setup, only acks).
 */
export async function benchCommandAck(options: AckOptions): Promise<{ sink: FigureSink; memory: MemoryUnderLoad }> {
  const sink = new FigureSink('1 command ack');
  const rates = options.quick ? [50, AIM_RATE] : [50, 100, AIM_RATE, AIM_FULL_RATE];
  const seconds = options.quick ? 1.5 : 4;
  const readOnlyRequests = options.quick ? 50 : 200;
  const database = await createTestDatabase('keino_bench_ack');
  const fake = await FakeSlackApi.start();
  // The channel where people use Keino, with Keino in it.
  fake.addChannel({ id: BENCH_CHANNEL, name: BENCH_CHANNEL_NAME });
  const servers: ServerProcess[] = [];
  try {
    for (let index = 0; index < PEOPLE; index++) fake.addUser({ id: benchUserId(index), name: `Henkilö ${index}` });
    await seedOrganisations(database.db, 20);
    await seedSlackPeople(database.db, PEOPLE);
    // Five interventions each, nudges planned ahead: `tasks` has something to list.
    await seedInterventionsWithNudges(database.db, { from: 0, to: PEOPLE * 5, due: 0, today: localDateOf(new Date(), 'Europe/Helsinki') });
    const bare = await startBareBolt({ slackApiUrl: fake.apiUrl });
    servers.push(bare);
    const keino = await startKeinoServer({ label: 'Keino (PostgreSQL)', slackApiUrl: fake.apiUrl, databaseUrl: database.url });
    servers.push(keino);

    const poll = await createPoll(
      keino.origin,
      'poll "Mikä teema seuraavaksi?" "Markkinavuoropuhelu" "Innovaatiot" "Sote" "Vastuullisuus"',
      benchUserId(0),
      fake.responseUrl('poll'),
      fake,
    );
    await pause(1000);
    const memory: MemoryUnderLoad = { keino: { idleMb: keino.rssMb(), peakMb: 0 }, bare: { idleMb: bare.rssMb(), peakMb: 0 } };

    const next = mix(poll, (name) => fake.responseUrl(name));
    // Warm-up: JIT, connection pools, the poll's message remembered.
    for (const server of [bare, keino]) await runLoad(server.origin, { rate: 50, seconds: options.quick ? 1 : 2, connections: 10 }, next);

    const postmaster = await postmasterPidOf(database.db);
    await pause(STATISTICS_SETTLE_MS);
    const transactionsBefore = await transactionCount(database.db);
    // The rates evenly paced (open loop, as Slack's requests come), then as fast as 16 connections go.
    // Then the aim's rate once more in bursts, each second's requests at once (autocannon's rate
    // limit), as when a whole channel clicks the same button.
    const steps: Step[] = [
      ...rates.map((rate) => ({ rate, run: (origin: string) => runPacedLoad(origin, { rate, seconds, maxConnections: 64 }, next) })),
      { burstRate: AIM_RATE, run: (origin: string) => runLoad(origin, { rate: AIM_RATE, seconds, connections: 50 }, next) },
      { run: (origin: string) => runLoad(origin, { seconds, connections: 16 }, next) },
    ];
    const results: { step: Step; keino: LoadResult; bare: LoadResult; cpu: CpuUse }[] = [];
    for (const step of steps) {
      // Baseline first, then Keino, step by step: both see the machine as it is at that moment;
      // a pause before each run lets the last one's work (poll refreshes, answers) settle.
      await pause(1000);
      const bareSampling = bare.startSampling();
      const bareCpu = processCpuMs(bare.pid);
      const bareResult = await step.run(bare.origin);
      const cpu: CpuUse = { bareMs: processCpuMs(bare.pid) - bareCpu, keinoMs: 0, postgresMs: 0 };
      memory.bare.peakMb = Math.max(memory.bare.peakMb, bareSampling.stop());
      await pause(1000);
      const keinoSampling = keino.startSampling();
      const [keinoCpu, postgresCpu] = [processCpuMs(keino.pid), postgresCpuMs(postmaster)];
      const keinoResult = await step.run(keino.origin);
      cpu.keinoMs = processCpuMs(keino.pid) - keinoCpu;
      cpu.postgresMs = postgresCpuMs(postmaster) - postgresCpu;
      memory.keino.peakMb = Math.max(memory.keino.peakMb, keinoSampling.stop());
      results.push({ step, keino: keinoResult, bare: bareResult, cpu });
    }

    await pause(STATISTICS_SETTLE_MS);
    const perRequest = ((await transactionCount(database.db)) - transactionsBefore) / results.reduce((sum, result) => sum + result.keino.total, 0);

    // Read-only commands alone, gently paced, so that each one's transactions can be counted.
    const readOnlyBefore = await transactionCount(database.db);
    const readOnlyRun = await runPacedLoad(
      keino.origin,
      { rate: 50, seconds: readOnlyRequests / 50, maxConnections: 16 },
      readOnly((name) => fake.responseUrl(name)),
    );
    await pause(STATISTICS_SETTLE_MS);
    const perReadOnly = ((await transactionCount(database.db)) - readOnlyBefore) / Math.max(1, readOnlyRun.total);

    for (const { step, keino: k, bare: b } of results.filter((result) => result.step.rate)) {
      const atAim = step.rate === AIM_RATE;
      sink.add({ name: `ack p50 at ${step.rate} req/s`, value: round(k.p50), unit: 'ms', baseline: round(b.p50), baselineLabel: 'bare Bolt' });
      sink.add({
        name: `ack p99 at ${step.rate} req/s`,
        value: round(k.p99),
        unit: 'ms',
        baseline: round(b.p99),
        baselineLabel: 'bare Bolt',
        ...(atAim || step.rate === AIM_FULL_RATE ? { aim: `< ${AIM_P99_MS} ms`, met: k.p99 < AIM_P99_MS } : {}),
      });
    }
    for (const { step, keino: k, bare: b } of results.filter((result) => result.step.burstRate)) {
      sink.add({
        name: `ack p50 at ${step.burstRate} req/s in bursts (each second's at once)`,
        value: round(k.p50),
        unit: 'ms',
        baseline: round(b.p50),
        baselineLabel: 'bare Bolt',
      });
      sink.add({
        name: `ack p99 at ${step.burstRate} req/s in bursts (each second's at once)`,
        value: round(k.p99),
        unit: 'ms',
        baseline: round(b.p99),
        baselineLabel: 'bare Bolt',
      });
    }
    // Sustained: the highest step at which the server kept up (answered 95 % of the offered rate),
    // answered every request, and kept p99 within Slack's 3-second deadline.
    const keptUp = (result: LoadResult, rate: number) => result.achieved >= 0.95 * rate && result.errors === 0 && result.p99 < SLACK_ACK_DEADLINE_MS;
    const sustained = (pick: (result: (typeof results)[number]) => LoadResult) =>
      Math.max(0, ...results.filter((result) => result.step.rate && keptUp(pick(result), result.step.rate)).map((result) => result.step.rate!));
    const [sustainedKeino, sustainedBare] = [sustained((r) => r.keino), sustained((r) => r.bare)];
    sink.add({
      name: 'sustained rate (kept up, no errors, p99 < 3 s)',
      value: sustainedKeino,
      unit: 'req/s',
      baseline: sustainedBare,
      baselineLabel: 'bare Bolt',
      aim: `≥ ${AIM_SUSTAINED_RATIO}× bare Bolt`,
      met: sustainedKeino >= AIM_SUSTAINED_RATIO * sustainedBare,
    });
    const unthrottled = results.find((result) => !result.step.rate && !result.step.burstRate)!;
    const ratio = unthrottled.keino.achieved / Math.max(1, unthrottled.bare.achieved);
    sink.add({
      name: 'throughput, unthrottled (16 connections)',
      value: round(unthrottled.keino.achieved, 0),
      unit: 'req/s',
      baseline: round(unthrottled.bare.achieved, 0),
      baselineLabel: 'bare Bolt',
      aim: `≥ ${AIM_THROUGHPUT_RATIO}× bare Bolt`,
      met: ratio >= AIM_THROUGHPUT_RATIO,
    });
    sink.add({
      name: 'ack p99, unthrottled',
      value: round(unthrottled.keino.p99),
      unit: 'ms',
      baseline: round(unthrottled.bare.p99),
      baselineLabel: 'bare Bolt',
    });
    // What a request costs, which is what bounds the throughput of two cores.
    const perRequestMs = (ms: number, result: LoadResult) => ms / Math.max(1, result.total);
    const bareCpu = perRequestMs(unthrottled.cpu.bareMs, unthrottled.bare);
    const [serverCpu, postgresCpu] = [perRequestMs(unthrottled.cpu.keinoMs, unthrottled.keino), perRequestMs(unthrottled.cpu.postgresMs, unthrottled.keino)];
    sink.add({
      name: 'server CPU a request, unthrottled',
      value: round(serverCpu, 2),
      unit: 'ms',
      baseline: round(bareCpu, 2),
      baselineLabel: 'bare Bolt',
      aim: `≤ ${AIM_SERVER_CPU_MS} ms`,
      met: serverCpu <= AIM_SERVER_CPU_MS,
    });
    sink.add({
      name: `PostgreSQL CPU a request, unthrottled${postmaster === undefined ? ' (every PostgreSQL on the machine)' : ''}`,
      value: round(postgresCpu, 2),
      unit: 'ms',
      baseline: 0,
      baselineLabel: 'bare Bolt',
      aim: `≤ ${AIM_POSTGRES_CPU_MS} ms`,
      met: postgresCpu <= AIM_POSTGRES_CPU_MS,
    });
    sink.add({
      name: 'database transactions a request (autocommit statements included)',
      value: round(perRequest, 1),
      unit: '',
      baseline: 0,
      baselineLabel: 'bare Bolt',
    });
    sink.add({
      name: `database transactions a read-only command (${readOnlyRequests} of help and tasks at 50/s)`,
      value: round(perReadOnly, 2),
      unit: '',
      aim: `≤ ${AIM_READ_ONLY_TRANSACTIONS}`,
      met: perReadOnly <= AIM_READ_ONLY_TRANSACTIONS,
    });
    const errors = results.reduce((sum, result) => sum + result.keino.errors, 0);
    const bareErrors = results.reduce((sum, result) => sum + result.bare.errors, 0);
    sink.add({ name: 'errors and timeouts, all steps', value: errors, unit: '', baseline: bareErrors, baselineLabel: 'bare Bolt' });
    sink.note(
      `${seconds} s a step; mix of /keino help, /keino tasks and poll vote clicks over ${PEOPLE} known people; the rates evenly paced from the bench process (latency from when each request was due), the unthrottled step by autocannon; each server in its own process`,
    );
    return { sink, memory };
  } finally {
    for (const server of servers) await server.stop();
    await fake.close();
    await database.drop();
  }
}
