import { describe, expect, it } from 'vitest';
import { personalDataProviders } from '../../src/db/stores/personal-data/index.js';
import { columnName, personColumns } from '../helpers/person-columns.js';

describe('personal data providers', () => {
  it('cover every column in the schema that refers to a person, so privacy export and delete cannot forget a table', () => {
    const covered = new Set(personalDataProviders.flatMap((provider) => provider.covers.map(columnName)));
    const columns = personColumns();
    expect(columns.length).toBeGreaterThan(20);
    expect(columns.filter((column) => !covered.has(column))).toEqual([]);
  });

  it('name each export section once, and run the people provider last (the others still see the person)', () => {
    const sections = personalDataProviders.map((provider) => provider.section);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.at(-1)).toBe('person');
  });
});
