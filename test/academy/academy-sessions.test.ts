import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoCore } from '../../src/core/keino.js';
import type { Block, Message, Reply } from '../../src/core/messages/message.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { ADMIN_EMAIL, academyRowCount, admin, registrationRows, say, sessionIdOf, slackCaller, slackDm } from './academy-world.js';

let database: TestDatabase;
let core: KeinoCore;
let now = new Date('2026-09-01T06:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: [ADMIN_EMAIL], clock: () => now });
});
afterAll(async () => database?.drop());

const buttonsOf = (reply: Reply) => (reply.kind === 'message' ? reply.blocks.flatMap((block: Block) => (block.type === 'buttons' ? block.buttons : [])) : []);

describe('scheduling academy sessions', () => {
  it('lets an admin schedule a session by command, and members see it with places left and RSVP buttons', async () => {
    const added = await say(core, admin, 'tilaisuus lisää "Strateginen johtaminen" 2026-10-26 10:00 3h "Sitra, Itämerenkatu 11" paikat=20 teema=Johtaminen');
    expect(replyText(added)).toContain('Strateginen johtaminen on lisätty');
    expect(replyText(added)).toContain('ma 26.10.2026 klo 10.00–13.00');
    const id = sessionIdOf(added);

    const list = await say(core, slackCaller('Maija'), 'tilaisuudet');
    const text = replyText(list);
    expect(text).toContain(`#${id} Strateginen johtaminen`);
    expect(text).toContain('Aika: ma 26.10.2026 klo 10.00–13.00');
    expect(text).toContain('Paikka: Sitra, Itämerenkatu 11');
    expect(text).toContain('Paikkoja: 20/20 vapaana');
    expect(buttonsOf(list).map((button) => [button.label, button.value])).toEqual([
      ['Tulen', `rsvp ${id} yes`],
      ['Ehkä', `rsvp ${id} maybe`],
      ['En pääse', `rsvp ${id} no`],
    ]);
  });

  it('opens the form when an admin types the command alone, and schedules from the submitted form', async () => {
    const form = await say(core, admin, 'session add');
    expect(form.kind).toBe('form');
    if (form.kind !== 'form') return;
    expect(form.fields.map((field) => field.name)).toEqual([
      'title',
      'date',
      'time',
      'end',
      'place',
      'capacity',
      'theme',
      'cohort',
      'facilitator',
      'description',
    ]);
    const reply = await core.handleForm({
      caller: admin,
      conversation: slackDm,
      formId: form.formId,
      values: {
        title: 'Innovatiiviset hankinnat',
        date: '2026-11-12',
        time: '13:00',
        end: '15:30',
        place: 'https://teams.example/meet/1',
        capacity: '25',
        cohort: '2026',
      },
    });
    expect(reply.kind).toBe('message');
    expect(replyText(reply)).toContain('Innovatiiviset hankinnat on lisätty: to 12.11.2026 klo 13.00–15.30');
  });

  it('shows a submitted form again with a polite error on each wrong field, and writes nothing', async () => {
    const before = await academyRowCount(database.db);
    const reply = await core.handleForm({
      caller: admin,
      conversation: slackDm,
      formId: 'academy.session.add',
      values: { title: '', date: '2026-02-31', time: '25:00', capacity: '0', facilitator: 'nobody' },
    });
    expect(reply.kind).toBe('form');
    if (reply.kind !== 'form') return;
    expect(reply.errors).toEqual({
      title: expect.stringContaining('Anna tilaisuudelle nimi'),
      date: 'Päivää 2026-02-31 ei ole kalenterissa; tarkista päivä ja kuukausi.',
      time: expect.stringContaining('En tunnista kellonaikaa ”25:00”'),
      capacity: expect.stringContaining('Paikkoja pitää olla vähintään yksi'),
      facilitator: expect.stringContaining('ei näytä sähköpostiosoitteelta'),
    });
    expect(reply.fields.find((field) => field.name === 'date')?.initial).toBe('2026-02-31');
    expect(await academyRowCount(database.db)).toBe(before);
  });

  it('shows times in the person’s own time zone, naming the zone', async () => {
    const stockholm = slackCaller('Sven', { timeZone: 'Europe/Stockholm', locale: 'sv' });
    const text = replyText(await say(core, stockholm, 'sessions'));
    expect(text).toContain('mån 26.10.2026 kl. 9.00–12.00 (Europe/Stockholm)');
  });

  it('answers bad input with one polite sentence and writes nothing', async () => {
    const cancelled = sessionIdOf(await say(core, admin, 'session add "Peruttava" 2026-12-01 09:00'));
    await say(core, admin, `session cancel ${cancelled}`);
    const before = await academyRowCount(database.db);
    const member = slackCaller('Pekka');
    const cases: [typeof admin, string, string][] = [
      [admin, 'session add "Mennyt" 2026-08-01 10:00', 'Tämä aika on jo mennyt; tilaisuuden voi lisätä vain tulevaisuuteen.'],
      [admin, 'session add "Väärinpäin" 2026-10-01 10:00 09:00', 'Päättymisaika 09:00 on ennen alkamisaikaa 10:00; tarkista ajat.'],
      [admin, 'session add "Helmikuu" 31.2.2027 10:00', 'Päivää 31.2.2027 ei ole kalenterissa; tarkista päivä ja kuukausi.'],
      [admin, 'session add "Nolla" 2026-10-01 10:00 capacity=0', 'Paikkoja pitää olla vähintään yksi; jätä määrä pois, jos paikkoja ei rajoiteta.'],
      [admin, 'session add "Teksti" 2026-10-01 10:00 capacity=paljon', 'Paikkojen määrän pitää olla kokonaisluku, ei ”paljon”.'],
      [member, 'rsvp 999 yes', 'Tilaisuutta #999 ei löydy. Kirjoita tilaisuudet nähdäksesi tulevat tilaisuudet.'],
      [member, `ilmoittaudu ${cancelled} kyllä`, 'Tilaisuus Peruttava on peruttu, joten siihen ei voi enää ilmoittautua eikä sitä voi muuttaa.'],
      [admin, 'session cancel 999', 'Tilaisuutta #999 ei löydy. Kirjoita tilaisuudet nähdäksesi tulevat tilaisuudet.'],
      [admin, `session cancel ${cancelled}`, 'Tilaisuus Peruttava on peruttu, joten siihen ei voi enää ilmoittautua eikä sitä voi muuttaa.'],
      [admin, 'session attendees 999', 'Tilaisuutta #999 ei löydy. Kirjoita tilaisuudet nähdäksesi tulevat tilaisuudet.'],
      [member, 'session add "Luvatta" 2026-10-01 10:00', 'Tämä komento on vain seuraaville: ylläpitäjä.'],
    ];
    for (const [caller, input, expected] of cases) {
      const reply = await say(core, caller, input);
      expect(reply.kind === 'message' && reply.visibility, input).toBe('person');
      expect(replyText(reply), input).toBe(expected);
    }
    expect(await academyRowCount(database.db)).toBe(before);
  });
});

describe('registering', () => {
  it('puts the person on the waiting list with their place when the session is full, and moves the first waiting person in when someone cancels', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Pienryhmä" 2026-10-20 09:00 2h capacity=2'));
    const [aino, eero, kaisa, olli] = ['Aino', 'Eero', 'Kaisa', 'Olli'].map((name) => slackCaller(name));
    expect(replyText(await say(core, aino!, `rsvp ${id} yes`))).toContain('Olet ilmoittautunut');
    expect(replyText(await say(core, eero!, `ilmoittaudu ${id} kyllä`))).toContain('Olet ilmoittautunut');
    expect(replyText(await say(core, kaisa!, `rsvp ${id} yes`))).toContain('olet jonossa sijalla 1');
    expect(replyText(await say(core, olli!, `rsvp ${id} yes`))).toContain('olet jonossa sijalla 2');
    expect(replyText(await say(core, kaisa!, `rsvp ${id} yes`))).toContain('olet jonossa sijalla 1');

    const freed = await say(core, aino!, `rsvp ${id} no`);
    expect(replyText(freed)).toContain('merkitsin, ettet pääse tilaisuuteen Pienryhmä');
    expect(replyText(freed)).toContain('Vapautunut paikka siirtyi jonossa ensimmäisenä olleelle.');

    expect(await registrationRows(database.db, id)).toEqual([
      { name: 'Aino', status: 'declined', waiting_position: null },
      { name: 'Eero', status: 'going', waiting_position: null },
      { name: 'Kaisa', status: 'going', waiting_position: null },
      { name: 'Olli', status: 'waiting', waiting_position: 2 },
    ]);
    expect(replyText(await say(core, olli!, 'tilaisuudet'))).toContain('Vastauksesi: jonossa sijalla 1');
    expect(replyText(await say(core, olli!, 'tilaisuudet'))).toContain('Paikkoja: täynnä, jonossa 1');
  });

  it('lets admins and the session’s facilitator see who is coming, and nobody else', async () => {
    const facilitator = slackCaller('Fanni', { email: 'fanni@kunta.fi' });
    await say(core, facilitator, 'whoami');
    const id = sessionIdOf(await say(core, admin, 'session add "Fasilitoitu" 2026-10-21 09:00 capacity=1 facilitator=fanni@kunta.fi'));
    await say(core, slackCaller('Ville'), `rsvp ${id} yes`);
    await say(core, slackCaller('Wilma'), `rsvp ${id} yes`);
    await say(core, slackCaller('Xenia'), `rsvp ${id} maybe`);

    const list = replyText(await say(core, facilitator, `tilaisuus osallistujat ${id}`));
    expect(list).toContain('Tulossa (1)\nVille');
    expect(list).toContain('Ehkä (1)\nXenia');
    expect(list).toContain('Jonossa (1)\nWilma');
    expect(replyText(await say(core, admin, `session attendees ${id}`))).toContain('Tulossa (1)');
    await say(core, admin, 'lang en');
    const english = (await say(core, admin, `session attendees ${id}`)) as Message;
    const [chart] = english.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : []));
    expect(chart).toMatchObject({ kind: 'bar', labels: [`#${id} Wed 21 Oct 2026`], series: [{ values: [1] }, { values: [1] }, { values: [1] }] });
    expect(chart!.altText).toBe(`Registrations for session #${id}: #${id} Wed 21 Oct 2026 1 going, 1 maybe, 1 waiting.`);
    await say(core, admin, 'lang fi');

    const otherFacilitator = slackCaller('Toinen');
    expect(replyText(await say(core, otherFacilitator, `session attendees ${id}`))).toBe(
      'Ilmoittautuneet näkevät vain ylläpitäjät ja tilaisuuden fasilitaattori.',
    );
  });

  it('draws the registrations of every session of a cohort side by side', async () => {
    const first = sessionIdOf(await say(core, admin, 'session add "Kohortin aloitus" 2026-11-03 09:00 cohort=Kevät-27'));
    const second = sessionIdOf(await say(core, admin, 'session add "Kohortin toinen" 2026-11-17 09:00 cohort=Kevät-27'));
    await say(core, slackCaller('Ville'), `rsvp ${first} yes`);
    await say(core, slackCaller('Wilma'), `rsvp ${first} yes`);
    await say(core, slackCaller('Xenia'), `rsvp ${second} maybe`);
    const reply = (await say(core, admin, `session attendees ${second}`)) as Message;
    const [chart] = reply.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : []));
    expect(chart).toMatchObject({ title: 'Ilmoittautuneet: Kevät-27', labels: [`#${first} ti 3.11.2026`, `#${second} ti 17.11.2026`] });
    expect(chart!.series.map((series) => series.values)).toEqual([
      [2, 0],
      [0, 1],
      [0, 0],
    ]);
    expect(chart!.altText).toContain(`#${first} ti 3.11.2026 2 tulossa, 0 ehkä, 0 jonossa`);
  });

  it('refuses answers once the session has started', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Pian alkava" 2026-09-01 12:00 1h'));
    const saved = now;
    now = new Date('2026-09-01T09:30:00Z'); // 12:30 in Helsinki
    try {
      expect(replyText(await say(core, slackCaller('Myöhäinen'), `rsvp ${id} yes`))).toContain('on jo alkanut tai pidetty');
    } finally {
      now = saved;
    }
  });

  it('lists the person’s upcoming registrations in their home', async () => {
    const person = slackCaller('Hilla');
    const id = sessionIdOf(await say(core, admin, 'session add "Kotinäkymä" 2026-10-22 14:00 90m'));
    const empty = await core.home(person, slackDm);
    expect(replyText(empty)).toContain('Et ole ilmoittautunut tuleviin tilaisuuksiin.');
    await say(core, person, `rsvp ${id} maybe`);
    const home = replyText(await core.home(person, slackDm));
    expect(home).toContain('Akatemian tilaisuutesi');
    expect(home).toContain(`#${id} Kotinäkymä, to 22.10.2026 klo 14.00–15.30: ehkä`);
  });
});
