import { addDays, type LocalDate } from '../../src/core/time/local-time.js';

/**
 * A large Hankintaluotsi plan for the import's benchmark and its behaviour test: `rows` rows over
 * `organisations` organisations named "Organisaatio 1" … (as test/bench/seed.ts names them), in
 * the Finnish Excel shape (semicolons, Finnish dates and statuses). Every fifth row's owner is one
 * of the `knownPeople` people seeded by seedSlackPeople (henkilo<n>@bench.example, who is in
 * organisation 1 + n % organisations), always one of the row's own organisation; the others are
 * people the file introduces, a few rows each (or none: `knownEvery: 1` gives every row a known
 * owner). Due dates run through 2027, or from `firstDue` on, a day further each row for 180 days.
 */
export interface GeneratedPlan {
  csv: string;
  /** Each row as written: organisation, title, owner's e-mail, ISO due date, status. */
  rows: { organisation: string; title: string; ownerEmail: string; dueDate: string; status: string }[];
}

const STATUSES: [written: string, stored: string][] = [
  ['suunniteltu', 'planned'],
  ['käynnissä', 'in_progress'],
  ['', 'planned'],
  ['valmis', 'done'],
  ['peruttu', 'cancelled'],
];

export function generatedPlan(options: {
  rows: number;
  organisations: number;
  knownPeople: number;
  titlePrefix?: string;
  /** Every n-th row (the first included) due a day later: the same plan, changed. */
  laterEvery?: number;
  /** Every n-th row's owner is a known person (default 5). */
  knownEvery?: number;
  /** The first row's due date; the others follow a day apart, 180 days round. */
  firstDue?: LocalDate;
}): GeneratedPlan {
  const { organisations, knownPeople } = options;
  const knownEvery = options.knownEvery ?? 5;
  const prefix = options.titlePrefix ?? 'Toimenpide';
  const lines = ['organisation;title;owner_email;due_date;status;policy;category;category_priority'];
  const rows: GeneratedPlan['rows'] = [];
  for (let index = 0; index < options.rows; index++) {
    const organisationNumber = 1 + (index % organisations);
    const organisation = `Organisaatio ${organisationNumber}`;
    const title = `${prefix} ${index + 1}: hankintojen kehittäminen`;
    let ownerEmail: string;
    if (index % knownEvery === 0 && knownPeople >= organisations) {
      // A known person of the same organisation: henkilo<n> with n % organisations = organisationNumber - 1.
      const perOrganisation = Math.floor(knownPeople / organisations);
      const n = organisationNumber - 1 + organisations * (Math.floor(index / organisations) % perOrganisation);
      ownerEmail = `henkilo${n}@bench.example`;
    } else {
      ownerEmail = `omistaja${Math.floor(index / 7)}.org${organisationNumber}@kunta.example`;
    }
    const later = options.laterEvery && index % options.laterEvery === 0 ? 1 : 0;
    const dueDate = options.firstDue
      ? addDays(options.firstDue, (index % 180) + later)
      : `2027-${String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0')}-${String(1 + (index % 28) + later).padStart(2, '0')}`;
    const [year, month, day] = dueDate.split('-').map(Number) as [number, number, number];
    const [written, stored] = STATUSES[index % STATUSES.length]!;
    const policy = `Linjaus ${1 + (index % 4)}`;
    const category = `Kategoria ${1 + (index % 6)}`;
    lines.push([organisation, title, ownerEmail, `${day}.${month}.${year}`, written, policy, category, String(1 + (index % 6))].join(';'));
    rows.push({ organisation, title, ownerEmail, dueDate, status: stored });
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows };
}
