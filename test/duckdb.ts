// DuckDB as the tests' peer reader: one query's rows as plain objects, on a connection of its own.
import type { DuckDBInstance } from '@duckdb/node-api';

export async function queryRows(db: DuckDBInstance, sql: string): Promise<Record<string, unknown>[]> {
  const c = await db.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    c.closeSync();
  }
}
