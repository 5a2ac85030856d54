// KnexStorage passes the storage conformance suites of @oauth-dance/core (tokens, and registered clients) on SQLite
// in memory: plain, cached, sealed.
// The same suite runs on a SQLite file, PostgreSQL and MariaDB in the test workspace (test/storage).
import {
  describeClientRegistrationStoreConformance,
  describeStorageConformance,
} from "@oauth-dance/core/testing/storage";
import createKnex from "knex";
import { createClientsTable } from "./clients-table.js";
import { KnexStorage } from "./knex-storage.js";
import type { KnexStorageOptions } from "./knex-storage-options.js";
import { createTokensTable } from "./tokens-table.js";

const VARIANTS: [string, Partial<KnexStorageOptions>][] = [
  ["", {}],
  [" with cache", { cache: { max: 100, ttl: 60 } }],
  [" with encrypt", { encrypt: { secret: "a-secret-of-at-least-thirty-two-characters" } }],
];

for (const [variant, options] of VARIANTS) {
  describeStorageConformance(`KnexStorage on SQLite :memory:${variant}`, async () => {
    // A database of its own for each test: every :memory: connection is a new, empty database.
    const knex = createKnex({
      client: "better-sqlite3",
      connection: { filename: ":memory:" },
      useNullAsDefault: true,
    });
    await createTokensTable(knex);
    return {
      storage: new KnexStorage({ knex, userRequired: false, ...options }),
      countRows: async (provider, user) => {
        const query = knex("oauth_tokens").where({ provider });
        const rows = await (user === undefined ? query.whereNull("user_id") : query.where({ user_id: user }));
        return rows.length;
      },
      close: () => knex.destroy(),
    };
  });
}

for (const [variant, options] of VARIANTS) {
  describeClientRegistrationStoreConformance(`KnexStorage on SQLite :memory:${variant}`, async () => {
    const knex = createKnex({
      client: "better-sqlite3",
      connection: { filename: ":memory:" },
      useNullAsDefault: true,
    });
    await createClientsTable(knex);
    return { store: new KnexStorage({ knex, ...options }), close: () => knex.destroy() };
  });
}
