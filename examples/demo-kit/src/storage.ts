// KnexStorage on a SQLite file under the demo's folder, so tokens outlive a restart of the demo.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createTokensTable, KnexStorage } from "@oauth-dance/store-knex";
import createKnex, { type Knex } from "knex";
import { visitorId } from "./visitor.js";

export interface DemoStorage {
  storage: KnexStorage;
  knex: Knex;
  /** The SQLite file. */
  file: string;
}

/** Opens (creating if needed) `<dataDir>/demo.sqlite` and its `oauth_tokens` table. */
export async function openStorage(dataDir: string): Promise<DemoStorage> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "demo.sqlite");
  const knex = createKnex({
    client: "better-sqlite3",
    connection: { filename: file },
    useNullAsDefault: true,
    pool: {
      // WAL: readers never wait for a writer, and writes need no fsync of the whole file.
      afterCreate: (
        db: { pragma(sql: string): unknown },
        done: (error: Error | null, db: unknown) => void,
      ) => {
        db.pragma("journal_mode = WAL");
        done(null, db);
      },
    },
  });
  await createTokensTable(knex, { ifNotExists: true });
  // Whose token: the browser's visitor id. An app would name its own logged-in user here (req.user.id, ...).
  const storage = new KnexStorage({ knex, user: ({ request }) => visitorId(request?.cookies) });
  return { storage, knex, file };
}
