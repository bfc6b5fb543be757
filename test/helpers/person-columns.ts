import { getTableConfig, PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../../src/db/schema/index.js';
import { people } from '../../src/db/schema/index.js';

/** "table.column" of a Drizzle column. */
export function columnName(column: AnyPgColumn): string {
  return `${getTableConfig(column.table as PgTable).name}.${column.name}`;
}

/** Every column of the schema that refers to a person (a foreign key to people.id), as "table.column". */
export function personColumns(): string[] {
  const found: string[] = [];
  for (const table of Object.values(schema)) {
    if (!(table instanceof PgTable)) continue;
    for (const foreignKey of getTableConfig(table).foreignKeys) {
      const reference = foreignKey.reference();
      if (reference.foreignTable !== people) continue;
      for (const column of reference.columns) found.push(columnName(column));
    }
  }
  return found.sort();
}
