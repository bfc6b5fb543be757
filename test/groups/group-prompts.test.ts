import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Caller } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { localDateOf, localTimeOf } from '../../src/core/time/local-time.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { scheduledWorld, type ScheduledWorld } from './scheduled-world.js';

const HELSINKI = 'Europe/Helsinki';
let world: ScheduledWorld;

const slackChannel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C-SOTE', kind: 'channel' };
const teamsChannel: Conversation = { platform: 'teams', tenantId: 'tenant', channelId: '19:sote@thread.tacv2', kind: 'channel' };
const fiia: Caller = { identity: { platform: 'slack', tenantId: 'T1', userId: 'UFIIA' }, loadProfile: async () => ({ name: 'Fiia', email: 'fiia@hansel.fi' }) };
const fiiaInTeams: Caller = {
  identity: { platform: 'teams', tenantId: 'tenant', userId: 'aad-fiia' },
  loadProfile: async () => ({ name: 'Fiia', email: 'fiia@hansel.fi' }),
};
const maija: Caller = { identity: { platform: 'slack', tenantId: 'T1', userId: 'UMAIJA' }, loadProfile: async () => ({ name: 'Maija' }) };
const say = (caller: Caller, text: string, conversation?: Conversation) => world.say(caller, text, conversation);
const pendingPromptDue = () => world.nextDue('groups.prompt');

async function writtenRows(): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await world.database.db.execute(sql`select (select count(*) from group_prompts) + (select count(*) from jobs) + (select count(*) from audit_log) as n`),
  );
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  world = await scheduledWorld(new Date('2026-03-18T12:00:00Z')); // a Wednesday, eleven days before summer time
  const person = await world.core.services.people.resolve(fiia.identity, fiia.loadProfile);
  await world.core.services.people.peopleStore.setRole(person.id, 'facilitator');
  await say(fiia, 'ryhmä luo sote "SOTE-hankinnat"');
  await say(fiia, 'ryhmä liitä sote', slackChannel);
  await say(fiiaInTeams, 'group link sote', teamsChannel);
});
afterAll(async () => world?.database.drop());

describe('group prompts', () => {
  it('refuses bad input and people who do not run the group, writing nothing', async () => {
    await world.core.services.people.resolve(maija.identity, maija.loadProfile);
    const before = await writtenRows();
    expect(await say(maija, 'group prompt sote "Mitä opit?" every monday 09:00')).toBe('Tämä komento on vain seuraaville: ylläpitäjä, fasilitaattori.');
    expect(await say(fiia, 'ryhmä kysymys sote "Mitä opit?" joka someday 09:00')).toMatch(/^viikonpäivä: odotin jotakin näistä: monday, tuesday/);
    expect(await say(fiia, 'ryhmä kysymys sote "Mitä opit?" joka maanantai 25:00')).toMatch(/^kellonaika: odotin kellonaikaa muodossa 09:30\./);
    expect(await say(fiia, 'ryhmä kysymys sote "Mitä opit?"')).toMatch(/^Puuttuu: milloin \(joka <viikonpäivä> <HH:MM>\)\. Kirjoita näin: ryhmä kysymys/);
    expect(await say(fiia, 'ryhmä kysymys sotee "Mitä opit?" joka ma 9.00')).toBe('En löydä ryhmää ”sotee”. Tarkoititko: sote?');
    expect(await say(fiia, 'group prompt cancel 99')).toBe('Ajastettua kysymystä #99 ei löydy.');
    expect(await writtenRows()).toBe(before);
  });

  it('posts the question to every linked channel each Monday at 09:00 Helsinki time, across summer time, once each', async () => {
    expect(await say(fiia, 'ryhmä kysymys sote "Mikä hankinta opetti sinulle tällä viikolla jotain?" joka maanantai 9.00')).toBe(
      'Ajastettu (#1): kysymys ryhmän SOTE-hankinnat kanaville joka maanantai klo 9.00. Ensimmäinen ma 23.3.2026 klo 9.00.',
    );
    const dates: string[] = [];
    for (let week = 0; week < 3; week++) {
      const due = (await pendingPromptDue())!;
      world.now = new Date(due.getTime() - 60_000);
      expect((await world.runner.tick()).claimed, 'nothing a minute early').toBe(0);
      world.now = due;
      world.slack.clear();
      world.teams.clear();
      await world.runner.tick();
      await world.runner.tick(); // a second tick at the same minute sends nothing more
      expect(localTimeOf(due, HELSINKI)).toBe('09:00');
      dates.push(localDateOf(due, HELSINKI));
      expect(world.slack.posts().map((post) => post.conversation.channelId)).toEqual([slackChannel.channelId]);
      expect(world.teams.posts().map((post) => post.conversation.channelId)).toEqual([teamsChannel.channelId]);
      expect(world.slack.posts()[0]!.text).toBe('SOTE-hankinnat · kysymys ryhmälle\nMikä hankinta opetti sinulle tällä viikolla jotain?');
    }
    // 23 March is winter time (07:00 UTC), 30 March and 7 April summer time (06:00 UTC); 6 April
    // is Easter Monday, so that week's question comes on Tuesday.
    expect(dates).toEqual(['2026-03-23', '2026-03-30', '2026-04-07']);
    expect(await say(fiia, 'group prompt sote')).toContain('#1 joka maanantai klo 9.00: Mikä hankinta opetti sinulle tällä viikolla jotain?');
  });

  it('takes weekday names in English and Swedish too, and stops a question when asked', async () => {
    expect(await say(fiia, 'group prompt sote "What did you learn?" every fri 14:30')).toContain('Ajastettu (#2)');
    expect(await say(fiia, 'grupp fråga sote "Vad lärde du dig?" varje tisdag 08:15')).toContain('joka tiistai klo 8.15');
    expect(await say(fiia, 'ryhmä kysymys poista 2')).toBe('Kysymys #2 ei enää toistu.');
    expect(await say(fiia, 'ryhmä kysymys poista 2')).toBe('Ajastettua kysymystä #2 ei löydy.');
    world.slack.clear();
    const end = world.now.getTime() + 14 * 86_400_000;
    for (let due = await pendingPromptDue(); due && due.getTime() < end; due = await pendingPromptDue()) {
      world.now = due;
      await world.runner.tick();
    }
    expect(world.slack.posts().some((post) => post.text.includes('What did you learn?'))).toBe(false);
    expect(world.slack.posts().some((post) => post.text.includes('Vad lärde du dig?'))).toBe(true);
  });
});
