import { describe, expect, it } from 'vitest';
import { runTakeoverScenario } from '../reliability/takeover-scenario.js';

// The full size (10,000 jobs) runs in `npm run test:reliability`; CI runs a smaller burst.
const JOBS = Number(process.env.KEINO_TAKEOVER_JOBS ?? 2_000);

describe('several instances sharing the work', () => {
  it(`delivers ${JOBS} jobs due at once with three instances, one killed mid-run, duplicates no more than it had in flight`, async () => {
    const figures = await runTakeoverScenario({ jobs: JOBS, instances: 3, leaseMs: 3_000, log: (line) => console.log(`[takeover] ${line}`) });
    console.log(
      `[takeover] in flight at the kill: ${figures.inFlightAtKill}, duplicates: ${figures.duplicates}, lost: ${figures.lost}, taken over: ${figures.takenOver}`,
    );
    expect(figures.inFlightAtKill).toBeGreaterThan(0); // the kill did land mid-run
    expect(figures.lost).toBe(0);
    expect(figures.delivered).toBe(JOBS);
    expect(figures.notDone).toBe(0);
    expect(figures.duplicates).toBeLessThanOrEqual(figures.inFlightAtKill);
    expect(figures.takenOver).toBeGreaterThanOrEqual(figures.inFlightAtKill);
  }, 180_000);
});
