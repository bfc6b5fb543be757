import { parse } from 'csv-parse/sync';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { localDateOf } from '../../src/core/time/local-time.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FULL_NETWORK, seedNetwork, SMALL_NETWORK, type SeededPerson } from '../helpers/network-seed.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, percentile, round } from './bench-report.js';

export interface DashboardBenchOptions {
  quick: boolean;
}

const PUBLIC_URL = 'https://keino.example.fi';

/**
 * 10. The web dashboard: every page, signed in as a network admin and as an organisation's
 * coordinator, on a network of 100 organisations, 5,000 people (Slack, Teams and both), 10,000
 * interventions, 12 groups with pairing rounds, 48 academy sessions, 200 polls and 3,000 FAQ
 * questions (test/helpers/network-seed.ts). Requests one at a time over HTTP to the real server,
 * a few to warm up first; the figure is the 95th percentile of the time to the whole page. The
 * baseline is GET /healthz on the same server. Aim from issue #21: under 200 ms p95.
 * Correctness: each page answers 200 with its tables; the admin's overview lists every
 * organisation (its CSV), the coordinator's only their own, and another organisation's page is
 * refused to the coordinator.
 */
export async function benchDashboard(options: DashboardBenchOptions): Promise<FigureSink> {
  const sink = new FigureSink('10 dashboard');
  const size = options.quick ? SMALL_NETWORK : FULL_NETWORK;
  const rounds = options.quick ? 3 : 40;
  const database = await createTestDatabase('keino_bench_dashboard');
  let app: KeinoApp | undefined;
  let server: RunningServer | undefined;
  try {
    app = await createTestApp(database.url, { config: { publicUrl: PUBLIC_URL } });
    const seedStarted = performance.now();
    const network = await seedNetwork(database.db, app.core.services.interventions, size, localDateOf(new Date(), 'Europe/Helsinki'));
    sink.note(
      `seeded ${Object.entries(network.counts)
        .map(([table, count]) => `${count.toLocaleString('en-US')} ${table}`)
        .join(', ')} in ${round((performance.now() - seedStarted) / 1000)} s`,
    );
    server = await startServer(app, { port: 0 });
    const base = `http://127.0.0.1:${server.port}`;
    const running = app;
    const signIn = async (person: SeededPerson) => {
      const link = await running.core.services.dashboard.issueLink(person.id, running.core.now());
      if (!link) throw new Error('no sign-in link: KEINO_PUBLIC_URL is set, there should be one');
      const response = await fetch(link.url.replace(PUBLIC_URL, base), { redirect: 'manual' });
      const cookie = response.headers.getSetCookie().find((header) => header.startsWith('keino_dashboard='));
      if (!cookie) throw new Error(`signing in answered ${response.status} without a session cookie`);
      return cookie.split(';')[0]!;
    };
    const timedGet = async (path: string, cookie?: string) => {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
      const body = await response.text();
      return { ms: performance.now() - started, status: response.status, body };
    };
    const health: number[] = [];
    for (let round = 0; round < rounds + 2; round++) {
      const { ms } = await timedGet('/healthz');
      if (round >= 2) health.push(ms);
    }
    const healthP95 = round(percentile(health, 0.95));

    const [coordinator, otherCoordinator] = network.coordinators;
    for (const [role, person] of [
      ['admin', network.admin],
      ['coordinator', coordinator],
    ] as const) {
      const cookie = await signIn(person);
      const pages = [
        ['overview', '/dashboard'],
        ['organisations', '/dashboard/organisations'],
        ['an organisation', `/dashboard/organisations/${person.organisationId}`],
        ['developer groups', '/dashboard/groups'],
        ['academy', '/dashboard/academy'],
        ['FAQ', '/dashboard/faq'],
        ['polls', '/dashboard/polls'],
      ] as const;
      for (const [page, path] of pages) {
        const times: number[] = [];
        let failed: string | undefined;
        for (let round = 0; round < rounds + 2; round++) {
          const { ms, status, body } = await timedGet(path, cookie);
          if (status !== 200 || !body.includes('<table')) failed = `${status}${body.includes('<table') ? '' : ', no table'}`;
          if (round >= 2) times.push(ms);
        }
        const p95 = round(percentile(times, 0.95));
        sink.add({
          name: `${role}: ${page} (${path.replace(/\/\d+$/, '/<id>')}), p95`,
          value: p95,
          unit: 'ms',
          baseline: healthP95,
          baselineLabel: 'GET /healthz p95',
          ...(options.quick ? {} : { aim: '< 200 ms', met: p95 < 200 }),
          ...(failed ? { correct: false, note: `answered ${failed}` } : {}),
        });
      }
      // What the overview's organisations table holds, read as a spreadsheet would.
      const csv = await timedGet('/dashboard/tables/organisations.csv', cookie);
      const rows = csv.status === 200 ? (parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][]) : [];
      const names = rows.slice(1).map((row) => row[0]);
      const expected = role === 'admin' ? network.organisations.map((organisation) => organisation.name) : [person.organisationName];
      const listed = [...names].sort().join('|') === [...expected].sort().join('|');
      sink.add({
        name: `${role}: the overview's organisations (CSV) are ${role === 'admin' ? 'all of them' : 'their own only'}`,
        value: `${names.length} / ${expected.length}`,
        unit: '',
        correct: listed,
      });
      if (role === 'coordinator') {
        const foreign = await timedGet(`/dashboard/organisations/${otherCoordinator.organisationId}`, cookie);
        sink.add({
          name: "coordinator: another organisation's page refused",
          value: foreign.status,
          unit: 'HTTP',
          correct: foreign.status === 403 || foreign.status === 404,
        });
      }
    }
  } finally {
    await server?.close();
    await app?.close();
    await database.drop();
  }
  return sink;
}
