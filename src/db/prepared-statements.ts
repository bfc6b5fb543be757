import type { Sql, TransactionSql } from 'postgres';

type Client = Sql | TransactionSql;

/**
 * The postgres.js client as Drizzle should use it: every query with parameters as a named
 * prepared statement, kept per connection. Drizzle asks postgres.js for an unnamed statement
 * unless a query is given a name, and postgres.js sends an unnamed statement with parameters in
 * two round trips (Parse and Describe first, to learn the parameter types, then Bind and Execute),
 * parsed and planned anew each time. Prepared, a statement seen before on the connection is one
 * round trip with no parse: on the request path that halved the writes to the database socket and
 * the database's parsing (docs/performance.md). Statements without parameters still go as simple
 * queries (several statements in one, as in migrations). postgres.js re-prepares a statement that
 * a schema change invalidated (its retry on RevalidateCachedQuery).
 */
export function withPreparedStatements<C extends Client>(client: C): C {
  return new Proxy(client, {
    get(target, property, receiver) {
      switch (property) {
        case 'unsafe':
          return (query: string, parameters?: unknown[], options?: Record<string, unknown>) =>
            target.unsafe(query, parameters as never, { ...options, prepare: true });
        case 'begin':
        case 'savepoint':
          return (...args: unknown[]) => {
            const work = args.pop() as (transaction: TransactionSql) => unknown;
            const client: object = target;
            const open: (...rest: unknown[]) => unknown = Reflect.get(client, property);
            return open.call(target, ...args, (transaction: TransactionSql) => work(withPreparedStatements(transaction)));
          };
        default:
          return Reflect.get(target, property, receiver);
      }
    },
  });
}
