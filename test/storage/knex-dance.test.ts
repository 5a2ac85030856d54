// End to end: real dances through Express and a real authorization server, with tokens kept by KnexStorage.
import { createDance, createDanceRequest, type DanceError, oauth2 } from "@oauth-dance/core";
import { createTokensTable, dropTokensTable, KnexStorage } from "@oauth-dance/store-knex";
import type { Knex } from "knex";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Browser } from "../support/browser.js";
import { expressDriver } from "../support/drivers/express.js";
import { type Scenario, type ScenarioOptions, SECRET } from "../support/scenario.js";
import { connect, type Database, mariadb, postgres, sqliteFile, uniqueTableName } from "./databases.js";

const HOST = "127.0.0.1";

describe.each([
  ["SQLite", sqliteFile()],
  ["PostgreSQL", postgres],
  ["MariaDB", mariadb],
] as [string, Database][])("dances with KnexStorage on %s (Express, Local ID)", (_name, database) => {
  let knex: Knex;
  let tableName: string;
  let storage: KnexStorage;
  let running: Scenario | undefined;
  const error = vi.fn();

  beforeAll(async () => {
    knex = await connect(database);
  });
  afterAll(async () => {
    await knex?.destroy();
    database.cleanUp?.();
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await dropTokensTable(knex, { tableName });
    error.mockReset();
  });

  /** The app knows its users by a `uid` cookie (standing in for its own login session). */
  async function start(options: ScenarioOptions = {}): Promise<Scenario> {
    tableName = uniqueTableName();
    await createTokensTable(knex, { tableName });
    storage = new KnexStorage({ knex, tableName, user: ({ request }) => request?.cookies.uid });
    running = await expressDriver.start({ ...options, dance: { storage, on: { error } } });
    return running;
  }

  function browserOf(app: Scenario, appUser: string | undefined): Browser {
    const browser = app.browser();
    if (appUser) browser.setCookie(HOST, "uid", appUser);
    return browser;
  }

  async function dance(app: Scenario, browser: Browser, providerUser: string): Promise<void> {
    const visit = await browser.visit(`${app.appUrl}/login/corp?as=${providerUser}`);
    expect(visit.status).toBeLessThan(500);
  }

  const rows = () => knex(tableName).select("user_id", "token").orderBy("user_id");

  it("keeps each app user's token in their own row, and each user sees only their own account", async () => {
    const app = await start();
    const alice = browserOf(app, "app-alice");
    const bob = browserOf(app, "app-bob");
    await Promise.all([dance(app, alice, "alice"), dance(app, bob, "bob")]);
    expect((await alice.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    expect((await bob.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("bob");
    expect((await rows()).map((row) => row.user_id)).toEqual(["app-alice", "app-bob"]);
    // The token lives on the server, not in the browser: alice's second device needs no dance.
    const aliceElsewhere = browserOf(app, "app-alice");
    expect((await aliceElsewhere.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    expect(Object.keys(alice.cookies(HOST)).filter((name) => name.includes("token"))).toEqual([]);
  });

  it("lets a background job, outside any request, call the provider's API with a user's token", async () => {
    const app = await start();
    await dance(app, browserOf(app, "app-alice"), "alice");
    const token = await storage.get({ provider: "corp", config: { userId: "app-alice" } });
    expect(token?.access_token).toEqual(expect.any(String));
    const response = await fetch(new URL("me", app.idp.apiUrl), {
      headers: { authorization: `Bearer ${token?.access_token}` },
    });
    expect(await response.json()).toMatchObject({ sub: "alice" });
  });

  it("fails a dance with no app user through the error hook with storage_failed, never a 500, storing nothing", async () => {
    const app = await start();
    const anonymous = browserOf(app, undefined);
    const visit = await anonymous.visit(`${app.appUrl}/login/corp?as=alice`);
    expect(visit.status).toBe(200);
    expect(error).toHaveBeenCalledTimes(1);
    const reported = error.mock.calls[0]?.[0].error as DanceError;
    expect(reported.code).toBe("storage_failed");
    expect(reported.message).toMatch(/without a user/);
    expect((await anonymous.json<{ code: string }>(`${app.appUrl}/error`)).body.code).toBe("storage_failed");
    expect(await rows()).toEqual([]);
  });

  it("logs out one user by deleting only their row", async () => {
    const app = await start();
    const alice = browserOf(app, "app-alice");
    const bob = browserOf(app, "app-bob");
    await dance(app, alice, "alice");
    await dance(app, bob, "bob");
    expect((await alice.json(`${app.appUrl}/logout`)).status).toBe(200);
    expect((await alice.json(`${app.appUrl}/me`)).status).toBe(401);
    expect((await bob.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("bob");
    expect((await rows()).map((row) => row.user_id)).toEqual(["app-bob"]);
  });

  it("replaces a user's token in place when they dance again", async () => {
    const app = await start();
    const alice = browserOf(app, "app-alice");
    await dance(app, alice, "alice");
    const [first] = await knex(tableName).select("id", "token");
    await dance(app, alice, "alice");
    const after = await knex(tableName).select("id", "token");
    expect(after).toHaveLength(1);
    expect(after[0].id).toEqual(first.id);
    expect(after[0].token).not.toEqual(first.token);
  });

  it("keeps a DPoP token's key sealed in its row, and a second app instance on the same table calls the API with it", async () => {
    const app = await start({
      idp: { dpopNonces: true },
      client: { metadata: { dpop_bound_access_tokens: true } },
      provider: { dpop: true },
    });
    await dance(app, browserOf(app, "app-alice"), "alice");
    const [row] = await rows();
    // The key pair travels only sealed: no JWK member is readable in the row (a JSON column reads as an object).
    const stored = typeof row.token === "string" ? row.token : JSON.stringify(row.token);
    expect(stored).toMatch(/dpop_key/);
    expect(stored).not.toMatch(/"(d|kty|crv)"/);
    // Another process: its own dance (same secret), its own cache, nothing shared but the table.
    const instance = createDance({
      secret: SECRET,
      storage: new KnexStorage({ knex, tableName, user: ({ request }) => request?.cookies.uid }),
      providers: {
        corp: oauth2({
          issuer: app.idp.issuer,
          clientId: "scenario-app",
          clientSecret: "scenario-secret",
          scope: ["openid", "email", "profile"],
          baseUrl: app.idp.apiUrl,
          dpop: true,
        }),
      },
    });
    const job = instance.createContext(
      createDanceRequest({ method: "GET", url: "/job", headers: { host: HOST, cookie: "uid=app-alice" } }),
    );
    expect(await job.oauth.corp.api.get("me").json()).toMatchObject({ sub: "alice", tokenType: "DPoP" });
  });
});
