import pg from 'pg';

export interface FreshPgDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty PostgreSQL database next to the one `baseUrl` names, dropped by `drop()`. A database
 * rather than a schema: Kysely's migrator looks for its bookkeeping tables in every schema, so a
 * schema beside another migrated one would be taken as migrated already.
 */
export async function freshPgDatabase(baseUrl: string, tag: string): Promise<FreshPgDatabase> {
  const name = `lantern_bench_${tag}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
