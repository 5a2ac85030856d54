// Dynamic client registration (RFC 7591) against Local ID: the dance on every adapter's driver with a client the
// app registered itself, then what happens across dances that share a store (a restart, a new redirect URI).
import {
  type ClientRegistrationKey,
  type ClientRegistrationStore,
  createDance,
  type Dance,
  MemoryRegistrationStore,
  oauth2,
  type RegisteredClient,
} from "@oauth-dance/core";
import { type LocalIdOptions, type LocalIdServer, startLocalId } from "@oauth-dance/local-id";
import { afterEach, describe, expect, it } from "vitest";
import { Browser } from "../support/browser.js";
import { drivers } from "../support/drivers/index.js";
import { inMemoryApp } from "../support/in-memory-app.js";
import { type Scenario, type ScenarioOptions, SECRET } from "../support/scenario.js";

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((open) => open.close()));
});

type Registration = NonNullable<LocalIdOptions["registration"]>;

/**
 * Scenario options under which Local ID offers registration and the "corp" provider has no client of its own:
 * it registers one, for the redirect URIs the driver's app answers at.
 */
function registering(registration: Registration, initialAccessToken?: string): ScenarioOptions {
  let redirectUris: string[] = [];
  return {
    startIdp: (options) => {
      redirectUris = options.clients.flatMap((client) => client.redirectUris);
      return startLocalId({ ...options, registration });
    },
    provider: () => ({
      clientId: undefined,
      clientSecret: undefined,
      register: {
        metadata: { redirect_uris: redirectUris, client_name: "Scenario app" },
        store: new MemoryRegistrationStore(),
        ...(initialAccessToken ? { initialAccessToken } : {}),
      },
    }),
  };
}

describe.each(drivers.map((driver) => [driver.name, driver] as const))(
  "dynamic client registration (%s, Local ID)",
  (_name, driver) => {
    async function start(options: ScenarioOptions): Promise<Scenario> {
      const scenario = await driver.start(options);
      running.push(scenario);
      return scenario;
    }

    it("registers on the first login, dances with the registered client, and registers once for later logins", async () => {
      const app = await start(registering(true));
      expect(app.idp.stats.registrationRequests).toBe(0);
      const alice = app.browser();
      expect((await alice.visit(`${app.appUrl}/login/corp?as=alice`)).url).toBe(`${app.appUrl}/`);
      expect((await alice.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
      const [registered, ...more] = await app.idp.registeredClients();
      expect(more).toEqual([]);
      expect(registered).toMatchObject({
        client_name: "Scenario app",
        token_endpoint_auth_method: "client_secret_basic",
      });

      const bob = app.browser();
      const redirect = await bob.visit(`${app.appUrl}/login/corp?as=bob`, { follow: false });
      const location = new URL(redirect.headers.get("location") as string);
      expect(location.searchParams.get("client_id")).toBe(registered?.client_id);
      expect((await bob.visit(`${app.appUrl}/login/corp?as=bob`)).url).toBe(`${app.appUrl}/`);
      expect((await bob.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("bob");
      expect(app.idp.stats).toMatchObject({ registrations: 1, registrationRequests: 1 });
      expect(app.idp.stats.tokenRequests.authorization_code).toBe(2);
    });

    it("registers with the initial access token the server requires", async () => {
      const app = await start(registering({ initialAccessToken: "iat-for-scenarios" }, "iat-for-scenarios"));
      const browser = app.browser();
      expect((await browser.visit(`${app.appUrl}/login/corp?as=alice`)).url).toBe(`${app.appUrl}/`);
      expect((await browser.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
      expect(app.idp.stats).toMatchObject({ registrations: 1, registrationRequests: 1 });
    });

    it("fails the login with the server's refusal of a wrong initial access token, and tries again next time", async () => {
      const app = await start(registering({ initialAccessToken: "the-right-token" }, "a-wrong-token"));
      const browser = app.browser();
      expect((await browser.visit(`${app.appUrl}/login/corp?as=alice`)).url).toBe(`${app.appUrl}/`);
      const error = (await browser.json<Record<string, string>>(`${app.appUrl}/error`)).body;
      expect(error).toMatchObject({
        code: "client_registration_failed",
        provider: "corp",
        error: "invalid_token",
        errorDescription: "invalid token provided",
        message: `${app.idp.issuer}/reg refused to register the client: invalid_token (the server did not accept register.initialAccessToken)`,
      });
      expect(JSON.stringify(error)).not.toContain("a-wrong-token");
      expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
      await browser.visit(`${app.appUrl}/login/corp?as=alice`);
      expect(app.idp.stats).toMatchObject({ registrations: 0, registrationRequests: 2 });
    });
  },
);

/** A MemoryRegistrationStore that remembers the keys clients were added under. */
class RecordingStore extends MemoryRegistrationStore {
  readonly keys: ClientRegistrationKey[] = [];

  override async addClient(key: ClientRegistrationKey, client: RegisteredClient): Promise<RegisteredClient> {
    this.keys.push(key);
    return super.addClient(key, client);
  }
}

const APP = "http://127.0.0.1:1";
const CALLBACK = `${APP}/login/corp/authorized`;

describe("dynamic client registration across dances sharing a store (Local ID)", () => {
  async function localId(): Promise<LocalIdServer> {
    const idp = await startLocalId({ clients: [], autoLogin: true, registration: true });
    running.push(idp);
    return idp;
  }

  function danceWith(idp: LocalIdServer, store: ClientRegistrationStore, redirectUris = [CALLBACK]): Dance {
    return createDance({
      secret: SECRET,
      on: {
        beforeLogin: ({ url, request }) => {
          const as = request.url.searchParams.get("as");
          if (as) url.searchParams.set("login_hint", as);
        },
      },
      providers: {
        corp: oauth2({
          issuer: idp.issuer,
          scope: ["openid", "email"],
          baseUrl: idp.apiUrl,
          register: { metadata: { redirect_uris: redirectUris }, store },
        }),
      },
    });
  }

  /** Logs alice in on the dance and says whom the app then sees. */
  async function loginAs(dance: Dance, user = "alice"): Promise<string> {
    const browser = new Browser({ [APP]: inMemoryApp(dance) });
    const visit = await browser.visit(`${APP}/login/corp?as=${user}`);
    expect(visit.url).toBe(`${APP}/`);
    return (await browser.json<{ sub: string }>(`${APP}/me`)).body.sub;
  }

  it("registers once for 10 first logins that arrive together", async () => {
    const idp = await localId();
    const dance = danceWith(idp, new MemoryRegistrationStore());
    const users = await Promise.all(Array.from({ length: 10 }, () => loginAs(dance)));
    expect(users).toEqual(Array(10).fill("alice"));
    expect(idp.stats.registrationRequests).toBe(1);
  });

  it("uses the stored client after a restart (a new createDance over the same store)", async () => {
    const idp = await localId();
    const store = new MemoryRegistrationStore();
    expect(await loginAs(danceWith(idp, store))).toBe("alice");
    expect(await loginAs(danceWith(idp, store), "bob")).toBe("bob");
    expect(idp.stats.registrationRequests).toBe(1);
  });

  it("registers a new client when the metadata changes (another redirect URI), and keeps both", async () => {
    const idp = await localId();
    const store = new RecordingStore();
    expect(await loginAs(danceWith(idp, store))).toBe("alice");
    const moved = [CALLBACK, "http://127.0.0.1:1/other/authorized"];
    expect(await loginAs(danceWith(idp, store, moved))).toBe("alice");
    const registered = await idp.registeredClients();
    expect(registered.map((client) => client.redirect_uris)).toEqual([[CALLBACK], moved]);
    const [first, second] = store.keys;
    expect(first?.issuer).toBe(idp.issuer);
    expect(first?.key).not.toBe(second?.key);
    expect((await store.getClient(first as ClientRegistrationKey))?.client_id).toBe(registered[0]?.client_id);
    expect(await loginAs(danceWith(idp, store))).toBe("alice");
    expect(idp.stats.registrations).toBe(2);
  });

  it("registers again when the stored client's secret has expired, and stores the new client", async () => {
    const idp = await localId();
    const store = new RecordingStore();
    expect(await loginAs(danceWith(idp, store))).toBe("alice");
    const [key] = store.keys as [ClientRegistrationKey];
    const stored = (await store.getClient(key)) as RegisteredClient;
    await store.deleteClient(key);
    await store.addClient(key, { ...stored, client_secret_expires_at: 1 });
    expect(await loginAs(danceWith(idp, store))).toBe("alice");
    const [, renewed] = await idp.registeredClients();
    expect(renewed?.client_id).not.toBe(stored.client_id);
    expect((await store.getClient(key))?.client_id).toBe(renewed?.client_id);
    expect(idp.stats.registrations).toBe(2);
  });
});
