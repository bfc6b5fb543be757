import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/i18n/locale.js';
import { translator } from '../../src/core/i18n/translator.js';
import { changeLine, changeSinceLastWeek, planByGroupChart, planStatusChart } from '../../src/core/interventions/intervention-charts.js';
import type { Overview } from '../../src/core/interventions/intervention-service.js';
import type { Intervention } from '../../src/core/interventions/intervention.js';

const now = new Date('2027-03-15T08:00:00Z'); // Monday 15 March 2027, 10:00 in Helsinki
const reader = (locale: Locale) => ({ t: translator(locale), locale, timeZone: 'Europe/Helsinki', now });

let nextId = 1;
function intervention(fields: Partial<Intervention> & Pick<Intervention, 'dueDate' | 'status'>): Intervention {
  return {
    id: nextId++,
    organisationId: 1,
    organisationName: 'Kuopio',
    title: 'x',
    description: null,
    policyName: null,
    categoryName: null,
    categoryPriority: null,
    owner: { id: 1, name: 'Maija', email: null, locale: 'fi', timeZone: 'Europe/Helsinki', organisationId: 1 },
    ownerReachable: true,
    completedAt: null,
    snoozedUntil: null,
    updatedAt: now,
    ...fields,
  };
}

function overviewOf(list: Intervention[]): Overview {
  const open = list.filter((one) => one.status === 'planned' || one.status === 'in_progress');
  return {
    organisation: { id: 1, name: 'Kuopio' },
    counts: { planned: 0, in_progress: 0, done: 0, cancelled: 0 },
    open,
    done: list.filter((one) => one.status === 'done'),
    overdue: [],
    upcoming: [],
    unreachableOwners: [],
    owners: [],
  };
}

const plan = overviewOf([
  intervention({ status: 'done', dueDate: '2027-01-10', completedAt: new Date('2027-01-09T10:00:00Z'), categoryName: 'Kuljetuspalvelut' }),
  intervention({ status: 'done', dueDate: '2027-03-12', completedAt: new Date('2027-03-11T10:00:00Z'), categoryName: 'Kuljetuspalvelut' }),
  intervention({ status: 'in_progress', dueDate: '2027-03-01', categoryName: 'Ruokapalvelut' }), // overdue now and a week ago
  intervention({ status: 'planned', dueDate: '2027-03-10', categoryName: 'Ruokapalvelut' }), // overdue now, due soon a week ago
  intervention({ status: 'planned', dueDate: '2027-03-20' }), // due soon
  intervention({ status: 'planned', dueDate: '2027-06-01', categoryName: 'Kuljetuspalvelut' }), // on time
  intervention({ status: 'cancelled', dueDate: '2027-02-01', categoryName: 'Ruokapalvelut' }), // in no count
]);

describe('charts of an organisation’s plan', () => {
  it('counts each intervention once by where it stands today, and says the numbers in each language', () => {
    expect(planStatusChart(reader('fi'), plan)).toMatchObject({
      kind: 'donut',
      series: [{ values: [2, 1, 1, 2] }],
      altText: 'Organisaation Kuopio toimenpiteet: 2 valmiina, 2 myöhässä, 1 erääntyy 14 päivässä, 1 aikataulussa.',
    });
    expect(planStatusChart(reader('sv'), plan).altText).toBe('Åtgärderna i Kuopio: 2 klara, 2 försenade, 1 förfaller inom 14 dagar, 1 enligt plan.');
    expect(planStatusChart(reader('en'), plan).altText).toBe('Interventions of Kuopio: 2 done, 2 overdue, 1 due within 14 days, 1 on time.');
  });

  it('stacks each procurement category by state, with those without one named, the largest first', () => {
    const chart = planByGroupChart(reader('en'), plan)!;
    expect(chart.kind).toBe('stacked-bar');
    expect(chart.title).toBe('By procurement category');
    expect(chart.labels).toEqual(['Kuljetuspalvelut', 'Ruokapalvelut', 'no category']);
    expect(chart.series.map((series) => series.name)).toEqual(['done', 'on time', 'due within 14 days', 'overdue']);
    expect(chart.series.map((series) => series.values)).toEqual([
      [2, 0, 0],
      [1, 0, 0],
      [0, 0, 1],
      [0, 2, 0],
    ]);
    expect(chart.altText).toContain('Kuljetuspalvelut 2 done, 0 overdue, 0 due soon, 1 on time');
  });

  it('falls back to policies when no intervention has a category, and draws no such chart when neither is known', () => {
    const byPolicy = overviewOf([intervention({ status: 'planned', dueDate: '2027-06-01', policyName: 'Hiilineutraalius' })]);
    expect(planByGroupChart(reader('fi'), byPolicy)).toMatchObject({ title: 'Hankintalinjauksittain', labels: ['Hiilineutraalius'] });
    expect(planByGroupChart(reader('fi'), overviewOf([intervention({ status: 'planned', dueDate: '2027-06-01' })]))).toBeUndefined();
  });

  it('keeps at most eight bars: the smallest categories are summed as other', () => {
    const many = overviewOf(
      Array.from({ length: 12 }, (_, index) => intervention({ status: 'planned', dueDate: '2027-06-01', categoryName: `Kategoria ${index + 1}` })),
    );
    const chart = planByGroupChart(reader('fi'), many)!;
    expect(chart.labels).toHaveLength(8);
    expect(chart.labels.at(-1)).toBe('muut');
    expect(chart.series[1]!.values.at(-1)).toBe(5);
  });

  it('tells the change since last week from what was done by then and which due dates had passed then', () => {
    const change = changeSinceLastWeek(reader('fi'), plan);
    expect(change.before).toEqual({ done: 1, onTime: 1, dueSoon: 3, overdue: 1 });
    expect(change.now).toEqual({ done: 2, onTime: 1, dueSoon: 1, overdue: 2 });
    expect(changeLine(reader('fi'), change)).toBe('Viime viikosta: valmis 1 → 2 (+1), myöhässä 1 → 2 (+1), erääntyy 14 päivässä 3 → 1 (−2).');
    expect(changeLine(reader('en'), change)).toBe('Since last week: done 1 → 2 (+1), overdue 1 → 2 (+1), due within 14 days 3 → 1 (−2).');
  });
});
