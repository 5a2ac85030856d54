// The FAPI 2.0-style profiles of test/scenarios/security-profiles.test.ts with tokens in KnexStorage (SQLite), on
// every adapter's driver: the dance, an API call, a refresh and logout. (Here, not in scenarios/: the runtime
// matrix runs scenarios/ on Node.js versions the SQLite driver was not built for.)
import { createTokensTable, KnexStorage } from "@oauth-dance/store-knex";
import type { Knex } from "knex";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { drivers } from "../support/drivers/index.js";
import type { Scenario } from "../support/scenario.js";
import { FAPI_PROFILES } from "../support/security-profiles.js";
import { connect, sqliteMemory } from "./databases.js";

const running: Scenario[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

/** One SQLite for every test, a table each; the app knows its users by a `uid` cookie. */
let knex: Knex;
beforeAll(async () => {
  knex = await connect(sqliteMemory);
});
afterAll(async () => {
  await knex?.destroy();
});
let tables = 0;
async function knexStorage(): Promise<KnexStorage> {
  const tableName = `profiles_${++tables}`;
  await createTokensTable(knex, { tableName });
  return new KnexStorage({ knex, tableName, user: ({ request }) => request?.cookies.uid });
}

describe.each(drivers.map((driver) => [driver.name, driver] as const))(
  "FAPI 2.0-style profiles with KnexStorage (%s, Local ID)",
  (_name, driver) => {
    it.each(FAPI_PROFILES)(
      "keeps a %s user's token in KnexStorage: API call, refresh, logout",
      async (_profile, profile) => {
        const storage = await knexStorage();
        const app = await driver.start({ ...profile, dance: { storage } });
        running.push(app);
        const alice = app.browser();
        alice.setCookie("127.0.0.1", "uid", "app-alice");
        const visit = await alice.visit(`${app.appUrl}/login/corp?as=alice`);
        expect(visit.url).toBe(`${app.appUrl}/`);
        expect((await alice.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
        const before = (await alice.json<Record<string, string>>(`${app.appUrl}/token`)).body;
        app.idp.expireAccessTokens();
        expect((await alice.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
        // Refreshed. Not counted in requests: Local ID's API and token endpoint share an origin but not a DPoP
        // nonce, so a refresh after an API call is retried once with the token endpoint's nonce.
        const after = (await alice.json<Record<string, string>>(`${app.appUrl}/token`)).body;
        expect(after.access_token).not.toBe(before.access_token);
        expect((await alice.json(`${app.appUrl}/logout`)).status).toBe(200);
        expect((await alice.json(`${app.appUrl}/me`)).status).toBe(401);
      },
    );
  },
);
