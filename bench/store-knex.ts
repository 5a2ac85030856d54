// KnexStorage get/set per second on SQLite, PostgreSQL and MariaDB, with and without the cache (about 90 s).
// Run from the repository root: npx tsx --conditions=@oauth-dance/source bench/store-knex.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createTokensTable,
  dropTokensTable,
  KnexStorage,
  type KnexStorageOptions,
} from "@oauth-dance/store-knex";
import createKnex, { type Knex } from "knex";

/** Each figure is the median of ROUNDS measurements of ROUND_MS, after a 200 ms warm-up. */
const ROUNDS = 3;
const ROUND_MS = 700;
/** Calls in flight at once, as in a server handling several requests. */
const CONCURRENCY = 8;
/** At most this many app users get a token before the reads, within SEED_MS. */
const USERS = 1000;
const SEED_MS = 2000;

const folder = mkdtempSync(join(tmpdir(), "oauth-dance-bench-"));
const sqlite = (file: string, wal: boolean): Knex.Config => ({
  client: "better-sqlite3",
  connection: { filename: join(folder, file) },
  useNullAsDefault: true,
  // WAL with synchronous=NORMAL: a commit no longer waits for an fsync of the main file.
  ...(wal && {
    pool: {
      afterCreate: (
        db: { pragma(sql: string): unknown },
        done: (error: Error | null, db: unknown) => void,
      ) => {
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        done(null, db);
      },
    },
  }),
});
const databases: [string, Knex.Config][] = [
  ["SQLite file", sqlite("rollback.sqlite", false)],
  ["SQLite file, WAL", sqlite("wal.sqlite", true)],
  ["PostgreSQL", { client: "pg", connection: { host: "127.0.0.1", user: "postgres", database: "test" } }],
  ["MariaDB", { client: "mysql2", connection: { host: "127.0.0.1", user: "root", database: "test" } }],
];
const variants: [string, Partial<KnexStorageOptions>][] = [
  ["no cache", {}],
  ["cache", { cache: { max: 10_000, ttl: 60 } }],
  ["encrypt", { encrypt: { secret: "bench-secret-of-at-least-thirty-two-chars" } }],
];

const token = {
  access_token: "gho_16C7e42F292c6912E7710c838347Ae178B4a",
  token_type: "bearer",
  refresh_token: "ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498",
  scope: "read:user user:email",
  expires_at: 1_900_000_000,
};
const as = (i: number) => ({ provider: "github", config: { userId: `user-${i}` } });

/** The median of ROUNDS measurements of `call` per second, after a warm-up; `call` gets a running count. */
async function median(call: (i: number) => Promise<unknown>): Promise<number> {
  await perSecond(call, 200);
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) rounds.push(await perSecond(call, ROUND_MS));
  return rounds.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
}

/** Calls per second of `call` over `ms`, with CONCURRENCY calls in flight. */
async function perSecond(call: (i: number) => Promise<unknown>, ms: number): Promise<number> {
  let done = 0;
  const start = performance.now();
  const end = start + ms;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) await call(done++);
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

async function figures(knex: Knex, options: Partial<KnexStorageOptions>) {
  const tableName = `bench_${process.pid}`;
  await dropTokensTable(knex, { tableName });
  await createTokensTable(knex, { tableName });
  try {
    const storage = new KnexStorage({ knex, tableName, ...options });
    let users = 0;
    const seedUntil = performance.now() + SEED_MS;
    while (users < USERS && performance.now() < seedUntil) await storage.set(as(users++), token);
    const set = await median((i) => storage.set(as(i % users), { ...token, access_token: `gho_${i}` }));
    const get = await median((i) => storage.get(as(i % users)));
    return { get, set, users };
  } finally {
    await dropTokensTable(knex, { tableName });
  }
}

const n = (value: number) => Math.round(value).toLocaleString("en");
const rows: string[] = [];
try {
  for (const [name, config] of databases) {
    const knex = createKnex(config);
    try {
      // The floor under every figure: one round trip through knex and the driver.
      const roundTrip = await median(() => knex.raw("select 1"));
      rows.push(`| ${name} | \`select 1\` round trip | ${n(roundTrip)} | |`);
      for (const [variant, options] of variants) {
        const { get, set } = await figures(knex, options);
        rows.push(`| ${name} | ${variant} | ${n(get)} | ${n(set)} |`);
      }
    } finally {
      await knex.destroy();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log(
  `KnexStorage, Node ${process.version}, ${CONCURRENCY} calls in flight, median of ${ROUNDS} x ${ROUND_MS} ms\n`,
);
console.log("| database | options | get/s | set/s |");
console.log("|---|---|---:|---:|");
for (const row of rows) console.log(row);
