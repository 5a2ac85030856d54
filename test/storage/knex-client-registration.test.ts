// Dynamic client registration with KnexStorage as register.store, on a SQLite file, PostgreSQL and MariaDB: app
// instances with their own knex and pool share one registered client. (Here, not in scenarios/: the runtime matrix
// runs scenarios/ on Node.js versions the SQLite driver was not built for.)
import { createDance, type Dance, oauth2 } from "@oauth-dance/core";
import { type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import { createClientsTable, dropClientsTable, KnexStorage } from "@oauth-dance/store-knex";
import type { Knex } from "knex";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "../support/browser.js";
import { inMemoryApp } from "../support/in-memory-app.js";
import { SECRET } from "../support/scenario.js";
import { connect, type Database, mariadb, postgres, sqliteFile, uniqueTableName } from "./databases.js";

const APP = "http://127.0.0.1:1";
const CALLBACK = `${APP}/login/corp/authorized`;
const ENCRYPT = { secret: "registration-suite-secret-of-32-chars!" };

describe.each([sqliteFile(), postgres, mariadb].map((database) => [database.name, database] as const))(
  "dynamic client registration with KnexStorage (%s, Local ID)",
  (_name, database: Database) => {
    const pools: Knex[] = [];
    let idp: LocalIdServer;
    let clientsTableName: string;
    beforeAll(async () => {
      pools.push(await connect(database));
    });
    afterEach(async () => {
      await idp?.close();
      await dropClientsTable(pools[0] as Knex, { tableName: clientsTableName });
      for (const pool of pools.splice(1)) await pool.destroy();
    });
    afterAll(async () => {
      for (const pool of pools.splice(0)) await pool.destroy();
      database.cleanUp?.();
    });

    async function setUp(): Promise<void> {
      idp = await startLocalId({ clients: [], autoLogin: true, registration: true });
      clientsTableName = uniqueTableName("clients");
      await createClientsTable(pools[0] as Knex, { tableName: clientsTableName });
    }

    /** An app instance: its own knex pool on the database, its own KnexStorage, its own dance. */
    async function instance(fetch?: typeof globalThis.fetch): Promise<Dance> {
      const knex = await connect(database);
      pools.push(knex);
      return danceOn(new KnexStorage({ knex, clientsTableName, encrypt: ENCRYPT }), fetch);
    }

    function danceOn(store: KnexStorage, fetch?: typeof globalThis.fetch): Dance {
      return createDance({
        secret: SECRET,
        ...(fetch ? { fetch } : {}),
        on: {
          beforeLogin: ({ url }) => {
            url.searchParams.set("login_hint", "alice");
          },
        },
        providers: {
          corp: oauth2({
            issuer: idp.issuer,
            scope: ["openid", "email"],
            baseUrl: idp.apiUrl,
            register: { metadata: { redirect_uris: [CALLBACK], client_name: "Knex app" }, store },
          }),
        },
      });
    }

    /** Logs alice in on the dance; answers the client id the dance sent her to the server with. */
    async function login(dance: Dance): Promise<string | null> {
      const browser = new Browser({ [APP]: inMemoryApp(dance) });
      const redirect = await browser.visit(`${APP}/login/corp`, { follow: false });
      const clientId = new URL(redirect.headers.get("location") as string).searchParams.get("client_id");
      expect((await browser.visit(`${APP}/login/corp`)).url).toBe(`${APP}/`);
      expect((await browser.json<{ sub: string }>(`${APP}/me`)).body.sub).toBe("alice");
      return clientId;
    }

    it("registers once for two instances: the second finds the first one's client in the table", async () => {
      await setUp();
      const first = await login(await instance());
      const second = await login(await instance());
      expect(second).toBe(first);
      expect(idp.stats).toMatchObject({ registrations: 1, registrationRequests: 1 });
      const rows = await (pools[0] as Knex)(clientsTableName).select("issuer", "key", "client");
      expect(rows).toEqual([
        { issuer: idp.issuer, key: expect.stringMatching(/^[0-9a-f]{64}$/), client: expect.anything() },
      ]);
      // Sealed with encrypt: the table shows neither the secret nor the client id.
      const column = JSON.stringify(rows[0]?.client);
      expect(column).toMatch(/Fe26\.2\*/);
      expect(column).not.toContain(String(first));
    });

    it("registers once for two dances sharing one KnexStorage whose first logins arrive together", async () => {
      await setUp();
      const knex = await connect(database);
      pools.push(knex);
      const store = new KnexStorage({ knex, clientsTableName });
      const [a, b] = await Promise.all([login(danceOn(store)), login(danceOn(store))]);
      expect(a).toBe(b);
      expect(idp.stats.registrationRequests).toBe(1);
    });

    it("makes two instances that registered at the same moment use one client: the one the table kept", async () => {
      await setUp();
      // Both registrations are held until both are under way, so both instances register for certain.
      let release!: () => void;
      const bothSent = new Promise<void>((resolve) => {
        release = resolve;
      });
      let registrations = 0;
      const holding = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (url.pathname !== "/reg") return fetch(input, init);
        if (++registrations === 2) release();
        await bothSent;
        return fetch(input, init);
      }) as typeof fetch;
      const [a, b] = await Promise.all([login(await instance(holding)), login(await instance(holding))]);
      expect(idp.stats.registrations).toBe(2);
      expect(a).toBe(b);
      const registered = (await idp.registeredClients()).map((client) => client.client_id);
      expect(registered).toContain(a);
      expect(Number((await (pools[0] as Knex)(clientsTableName).count({ rows: "*" }))[0]?.rows)).toBe(1);
    });
  },
);
