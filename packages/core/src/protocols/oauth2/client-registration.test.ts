import { afterEach, describe, expect, it, vi } from "vitest";
import { Sealer } from "#seal";
import { createDance } from "../../dance.js";
import { DanceError } from "../../errors.js";
import {
  type ClientRegistrationKey,
  clientRegistrationKey,
  MemoryRegistrationStore,
  type RegisteredClient,
} from "../../storage/client-registration-store.js";
import { completeDance } from "../../testing/complete-dance.js";
import { fakeProvider } from "../../testing/fake-provider.js";
import { BasicAuth } from "./basic-auth.js";
import {
  registeredClient,
  registrationMetadata,
  secretExpired,
  withRegisteredClient,
} from "./client-registration.js";
import type { ConfigurationInput } from "./configuration.js";
import { oauth2 } from "./oauth2.js";
import { OAuth2Client } from "./oauth2-client.js";
import type { OAuth2Options } from "./oauth2-options.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const ISSUER = "https://id.example";
const CALLBACK = "https://app.example/login/corp/authorized";

interface RegistrationServerOptions {
  /** Leave `registration_endpoint` out of the discovery document. */
  noEndpoint?: boolean;
  /** The initial access token registrations must carry. */
  initialAccessToken?: string;
  /** Seconds since the epoch the issued secrets expire at; default 0 (never). */
  expiresAt?: number;
  /** Held registrations: each waits for this before it is answered. */
  hold?: Promise<void>;
}

/** A server with discovery and a registration endpoint, answered by a fetch; `posts` counts registrations. */
function registrationServer(options: RegistrationServerOptions = {}) {
  const registrations: { body: Record<string, unknown>; authorization: string | null }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname === "/.well-known/openid-configuration") {
      return Response.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/authorize`,
        token_endpoint: `${ISSUER}/token`,
        ...(options.noEndpoint ? {} : { registration_endpoint: `${ISSUER}/register` }),
      });
    }
    if (url.pathname === "/register" && request.method === "POST") {
      await options.hold;
      const authorization = request.headers.get("authorization");
      const body = (await request.json()) as Record<string, unknown>;
      registrations.push({ body, authorization });
      if (options.initialAccessToken && authorization !== `Bearer ${options.initialAccessToken}`) {
        return Response.json(
          { error: "invalid_token", error_description: "invalid initial access token value" },
          { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' } },
        );
      }
      if (!Array.isArray(body.redirect_uris)) {
        return Response.json(
          { error: "invalid_redirect_uri", error_description: "redirect_uris is mandatory property" },
          { status: 400 },
        );
      }
      const id = `client-${registrations.length}`;
      return Response.json(
        {
          ...body,
          client_id: id,
          client_secret: `secret-of-${id}`,
          client_secret_expires_at: options.expiresAt ?? 0,
          token_endpoint_auth_method: body.token_endpoint_auth_method ?? "client_secret_basic",
          registration_access_token: `rat-${id}`,
        },
        { status: 201 },
      );
    }
    return Response.json({ error: "not_found" }, { status: 404 });
  };
  return { fetch: fetch as typeof globalThis.fetch, registrations };
}

type Register = NonNullable<OAuth2Options["register"]>;

function inputFor(
  fetch: typeof globalThis.fetch,
  register: Partial<Register> = {},
  extra: Partial<OAuth2Options> = {},
): ConfigurationInput {
  const options: OAuth2Options = {
    issuer: ISSUER,
    register: { metadata: { redirect_uris: [CALLBACK] }, store: new MemoryRegistrationStore(), ...register },
    ...extra,
  };
  return {
    name: "corp",
    options,
    deps: { sealer: new Sealer([SECRET]), fetch, timeout: 5 },
    basic: new BasicAuth(undefined),
  };
}

async function failure(promise: Promise<unknown>): Promise<DanceError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DanceError)) throw new Error(`expected a DanceError, got ${String(error)}`);
  return error;
}

function keyOf(input: ConfigurationInput): Promise<ClientRegistrationKey> {
  return clientRegistrationKey(ISSUER, registrationMetadata(input.options));
}

describe("registeredClient", () => {
  it("registers the metadata at the discovered registration endpoint, with the initial access token, and stores the client", async () => {
    const server = registrationServer({ initialAccessToken: "iat-1" });
    const store = new MemoryRegistrationStore();
    const input = inputFor(server.fetch, {
      store,
      initialAccessToken: "iat-1",
      metadata: { redirect_uris: [CALLBACK], client_name: "My app", grant_types: ["authorization_code"] },
    });
    const registered = await registeredClient(input);
    expect(registered).toMatchObject({
      client_id: "client-1",
      client_secret: "secret-of-client-1",
      client_name: "My app",
    });
    expect(server.registrations).toEqual([
      {
        body: { redirect_uris: [CALLBACK], client_name: "My app", grant_types: ["authorization_code"] },
        authorization: "Bearer iat-1",
      },
    ]);
    expect(await store.getClient(await keyOf(input))).toEqual(registered);
  });

  it("uses the stored client without asking the server", async () => {
    const server = registrationServer();
    const input = inputFor(server.fetch);
    const first = await registeredClient(input);
    expect(await registeredClient(input)).toEqual(first);
    expect(await registeredClient({ ...input, options: { ...input.options } })).toEqual(first);
    expect(server.registrations).toHaveLength(1);
  });

  it("registers once for 20 first requests that arrive together", async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    const server = registrationServer({ hold });
    const input = inputFor(server.fetch);
    const all = Promise.all(Array.from({ length: 20 }, () => registeredClient(input)));
    release();
    const clients = await all;
    expect(new Set(clients.map((client) => client.client_id))).toEqual(new Set(["client-1"]));
    expect(server.registrations).toHaveLength(1);
  });

  it("uses the client the store kept when another instance stored one first", async () => {
    const server = registrationServer();
    const store = new MemoryRegistrationStore();
    const input = inputFor(server.fetch, { store });
    const key = await keyOf(input);
    const theirs = { client_id: "registered-elsewhere", client_secret: "their-secret" };
    // Another instance stores its client between this one's lookup and its addClient.
    const racing = {
      getClient: (k: ClientRegistrationKey) => store.getClient(k),
      deleteClient: (k: ClientRegistrationKey) => store.deleteClient(k),
      addClient: async (k: ClientRegistrationKey, client: RegisteredClient) => {
        await store.addClient(key, theirs);
        return store.addClient(k, client);
      },
    };
    const registered = await registeredClient(inputFor(server.fetch, { store: racing }));
    expect(registered).toEqual(theirs);
  });

  it("registers again when the stored client's secret has expired, replacing it in the store", async () => {
    const server = registrationServer({ expiresAt: 2_000 });
    const store = new MemoryRegistrationStore();
    const input = inputFor(server.fetch, { store });
    expect((await registeredClient(input, () => 1_000_000)).client_id).toBe("client-1");
    expect((await registeredClient(input, () => 1_999_000)).client_id).toBe("client-1");
    expect((await registeredClient(input, () => 2_000_000)).client_id).toBe("client-2");
    expect((await store.getClient(await keyOf(input)))?.client_id).toBe("client-2");
    expect(server.registrations).toHaveLength(2);
  });

  it("registers a new client when the metadata changes (a new redirect URI)", async () => {
    const server = registrationServer();
    const store = new MemoryRegistrationStore();
    await registeredClient(inputFor(server.fetch, { store }));
    const moved = { redirect_uris: [CALLBACK, "https://app.example/other/authorized"] };
    const registered = await registeredClient(inputFor(server.fetch, { store, metadata: moved }));
    expect(registered.client_id).toBe("client-2");
    expect(server.registrations.map((registration) => registration.body.redirect_uris)).toEqual([
      [CALLBACK],
      moved.redirect_uris,
    ]);
  });

  it("reports a refused registration with the server's error and description, and tries again next time", async () => {
    const server = registrationServer({ initialAccessToken: "right" });
    const store = new MemoryRegistrationStore();
    const input = inputFor(server.fetch, { store, initialAccessToken: "wrong" });
    const error = await failure(registeredClient(input));
    expect(error).toMatchObject({
      code: "client_registration_failed",
      provider: "corp",
      status: 401,
      error: "invalid_token",
      errorDescription: "invalid initial access token value",
    });
    expect(error.message).toBe(
      `${ISSUER}/register refused to register the client: invalid_token (the server did not accept register.initialAccessToken)`,
    );
    expect(error.message).not.toContain("wrong");
    expect(await store.getClient(await keyOf(input))).toBeUndefined();
    await failure(registeredClient(input));
    expect(server.registrations).toHaveLength(2);
  });

  it("says an initial access token may be needed when the server wants one and none was sent", async () => {
    const server = registrationServer({ initialAccessToken: "needed" });
    const error = await failure(registeredClient(inputFor(server.fetch)));
    expect(error.message).toContain(
      "(the server may require an initial access token: set register.initialAccessToken)",
    );
  });

  it("says so when the discovery document lists no registration endpoint", async () => {
    const server = registrationServer({ noEndpoint: true });
    const error = await failure(registeredClient(inputFor(server.fetch)));
    expect(error.code).toBe("client_registration_failed");
    expect(error.message).toBe(
      `The discovery document at ${ISSUER}/.well-known/openid-configuration lists no registration_endpoint: the ` +
        "server does not offer dynamic client registration (RFC 7591) there. Register the client at the server " +
        "and give clientId and clientSecret instead of register",
    );
  });

  it("reports a discovery that failed as discovery does, without a registration", async () => {
    const down = (async () => new Response("down", { status: 503 })) as typeof fetch;
    const error = await failure(registeredClient(inputFor(down)));
    expect(error.message).toBe(
      `The discovery document at ${ISSUER}/.well-known/openid-configuration answered HTTP 503 instead of the configuration`,
    );
  });

  it("names the field of an answer that is no registration", async () => {
    const server = registrationServer();
    const noId = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const answer = await server.fetch(input, init);
      if (answer.status !== 201) return answer;
      const { client_id: _id, ...rest } = (await answer.json()) as Record<string, unknown>;
      return Response.json(rest, { status: 201 });
    }) as typeof fetch;
    const error = await failure(registeredClient(inputFor(noId)));
    expect(error.message).toBe(
      `The client registration at ${ISSUER}/register failed: invalid response encountered ` +
        '("response" body "client_id" property must be a string)',
    );
  });

  it("reports a store that fails as storage_failed, and a store that answers no client as broken", async () => {
    const server = registrationServer();
    const failing = new MemoryRegistrationStore();
    failing.getClient = async () => {
      throw new Error("connection refused");
    };
    await expect(
      failure(registeredClient(inputFor(server.fetch, { store: failing }))),
    ).resolves.toMatchObject({
      code: "storage_failed",
      message: "The client registration store could not read the corp client",
    });
    const broken = new MemoryRegistrationStore();
    broken.addClient = async () => ({}) as RegisteredClient;
    await expect(failure(registeredClient(inputFor(server.fetch, { store: broken })))).resolves.toMatchObject(
      {
        code: "storage_failed",
        message: "The client registration store gave back a corp client without a client_id",
      },
    );
  });
});

describe("OAuth2Client with register", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function clientFor(fetch: typeof globalThis.fetch, store = new MemoryRegistrationStore()) {
    const { options, deps } = inputFor(fetch, { store });
    return new OAuth2Client("corp", options, deps);
  }

  it("configures with the registered client id, and keeps that configuration", async () => {
    const server = registrationServer();
    const oauth = clientFor(server.fetch);
    const configuration = await oauth.configuration();
    expect(configuration.clientMetadata().client_id).toBe("client-1");
    expect(await oauth.configuration()).toBe(configuration);
    expect(server.registrations).toHaveLength(1);
  });

  it("registers again once the clock passes the secret's expiry, and not before", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const server = registrationServer({ expiresAt: 2_000 });
    const oauth = clientFor(server.fetch);
    expect((await oauth.configuration()).clientMetadata().client_id).toBe("client-1");
    vi.setSystemTime(1_999_999);
    expect((await oauth.configuration()).clientMetadata().client_id).toBe("client-1");
    vi.setSystemTime(2_000_000);
    expect((await oauth.configuration()).clientMetadata().client_id).toBe("client-2");
  });

  it("registers anew when the stored client's secret expired long ago", async () => {
    const server = registrationServer();
    const store = new MemoryRegistrationStore();
    const input = inputFor(server.fetch, { store });
    await store.addClient(await keyOf(input), {
      client_id: "stale",
      client_secret: "s",
      client_secret_expires_at: 1,
    });
    const oauth = clientFor(server.fetch, store);
    expect((await oauth.configuration()).clientMetadata().client_id).toBe("client-1");
    expect((await store.getClient(await keyOf(input)))?.client_id).toBe("client-1");
  });
});

describe("registrationMetadata", () => {
  it("registers [callbackUrl] and the tokenEndpointAuthMethod option when the metadata names neither", () => {
    const options: OAuth2Options = {
      issuer: ISSUER,
      callbackUrl: CALLBACK,
      tokenEndpointAuthMethod: "client_secret_post",
      register: { metadata: { client_name: "App" }, store: new MemoryRegistrationStore() },
    };
    expect(registrationMetadata(options)).toEqual({
      client_name: "App",
      redirect_uris: [CALLBACK],
      token_endpoint_auth_method: "client_secret_post",
    });
  });
});

describe("withRegisteredClient", () => {
  const options: OAuth2Options = {
    issuer: ISSUER,
    register: { metadata: { redirect_uris: [CALLBACK] }, store: new MemoryRegistrationStore() },
  };

  it("uses the registered id, secret and token endpoint auth method", () => {
    const registered = {
      client_id: "c",
      client_secret: "s",
      token_endpoint_auth_method: "client_secret_post",
    };
    const used = withRegisteredClient(options, registered);
    expect(used).toMatchObject({
      clientId: "c",
      clientSecret: "s",
      tokenEndpointAuthMethod: "client_secret_post",
    });
    expect(used.register).toBeUndefined();
  });

  it("keeps the tokenEndpointAuthMethod option, and leaves a method it does not know to the default", () => {
    const registered = { client_id: "c", token_endpoint_auth_method: "something_new" };
    expect(withRegisteredClient(options, registered).tokenEndpointAuthMethod).toBeUndefined();
    const chosen = withRegisteredClient({ ...options, tokenEndpointAuthMethod: "none" }, registered);
    expect(chosen.tokenEndpointAuthMethod).toBe("none");
    expect(chosen.clientSecret).toBeUndefined();
  });
});

describe("secretExpired", () => {
  it("is false for 0 or no expiry, and true from the second of expiry on", () => {
    expect(secretExpired({ client_id: "c" }, 5_000_000)).toBe(false);
    expect(secretExpired({ client_id: "c", client_secret_expires_at: 0 }, 5_000_000)).toBe(false);
    expect(secretExpired({ client_id: "c", client_secret_expires_at: 5_000 }, 4_999_999)).toBe(false);
    expect(secretExpired({ client_id: "c", client_secret_expires_at: 5_000 }, 5_000_000)).toBe(true);
  });
});

describe("a dance with a registered client", () => {
  /** The fake provider, with a registration endpoint that issues the client the fake then accepts. */
  function registeringProvider() {
    const fake = fakeProvider({ users: [{ id: "ann", name: "Ann", email: "ann@example.com" }] });
    const registrations: Record<string, unknown>[] = [];
    const authorizations: (string | null)[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (url.pathname === "/.well-known/openid-configuration") {
        const document = (await (await fake.fetch(request)).json()) as Record<string, unknown>;
        return Response.json({ ...document, registration_endpoint: `${fake.origin}/register` });
      }
      if (url.pathname === "/register") {
        const body = (await request.json()) as Record<string, unknown>;
        registrations.push(body);
        authorizations.push(request.headers.get("authorization"));
        const client = {
          ...body,
          client_id: "registered-app",
          client_secret: "registered-secret",
          client_secret_expires_at: 0,
        };
        return Response.json(client, { status: 201 });
      }
      return fake.fetch(request);
    }) as typeof globalThis.fetch;
    return { fake, fetch, registrations, authorizations };
  }

  it("logs in with the client it registered, and registers it once for two dances", async () => {
    const { fake, fetch, registrations } = registeringProvider();
    const store = new MemoryRegistrationStore();
    const dance = createDance({
      secret: SECRET,
      fetch,
      providers: {
        corp: oauth2({
          issuer: fake.origin,
          scope: ["openid", "email"],
          register: { metadata: { redirect_uris: ["http://localhost/login/corp/authorized"] }, store },
        }),
      },
    });
    const first = await completeDance(dance, { provider: fake, user: "ann" });
    expect(first.error).toBeUndefined();
    expect(first.token?.access_token).toMatch(/^at-/);
    await completeDance(dance, { provider: fake, user: "ann" });
    expect(registrations).toEqual([{ redirect_uris: ["http://localhost/login/corp/authorized"] }]);
    const exchanges = fake.requests.filter((request) => request.endpoint === "token");
    expect(exchanges).toHaveLength(2);
    for (const exchange of exchanges) {
      expect(exchange.headers.get("authorization")).toBe(`Basic ${btoa("registered-app:registered-secret")}`);
    }
  });

  it("refuses register together with clientId or clientSecret, or without an issuer or redirect URIs", () => {
    const store = new MemoryRegistrationStore();
    const create = (options: OAuth2Options) => () =>
      createDance({ secret: SECRET, providers: { corp: oauth2(options) } });
    expect(
      create({ issuer: ISSUER, clientId: "id", clientSecret: "s", register: { metadata: {}, store } }),
    ).toThrow(
      "Invalid options: providers.corp.clientId: must not be given with register: the registration issues the client; " +
        "providers.corp.clientSecret: must not be given with register: the registration issues the client; " +
        "providers.corp.register.metadata.redirect_uris: Required unless callbackUrl is set (then [callbackUrl] is registered)",
    );
    expect(
      create({
        authorizationUrl: `${ISSUER}/authorize`,
        tokenUrl: `${ISSUER}/token`,
        register: { metadata: { redirect_uris: [CALLBACK] }, store },
      }),
    ).toThrow(
      "providers.corp.issuer: Required with register: discovery of the issuer names the registration endpoint",
    );
    expect(
      create({ issuer: ISSUER, callbackUrl: CALLBACK, register: { metadata: {}, store } }),
    ).not.toThrow();
  });

  it("refuses a store that is not one, and metadata that is not JSON", () => {
    const create = (register: unknown) => () =>
      createDance({
        secret: SECRET,
        providers: { corp: oauth2({ issuer: ISSUER, register } as OAuth2Options) },
      });
    expect(create({ metadata: { redirect_uris: [CALLBACK] }, store: new Map() })).toThrow(
      "providers.corp.register.store: must be a ClientRegistrationStore (an object with getClient, addClient and deleteClient)",
    );
    expect(create({ metadata: { redirect_uris: [CALLBACK] } })).toThrow(
      "providers.corp.register.store: must be a ClientRegistrationStore",
    );
    const store = new MemoryRegistrationStore();
    expect(create({ metadata: { redirect_uris: [CALLBACK], logo: () => 1 }, store })).toThrow(
      "providers.corp.register.metadata.logo",
    );
    expect(create({ metadata: { redirect_uris: ["not a url"] }, store })).toThrow(
      "providers.corp.register.metadata.redirect_uris.0: must be an absolute http(s) URL",
    );
  });

  it("keeps the store when fromConfig supplies the initial access token", async () => {
    const { fake, fetch, registrations, authorizations } = registeringProvider();
    const store = new MemoryRegistrationStore();
    const dance = createDance({
      secret: SECRET,
      fetch,
      providers: {
        corp: oauth2({
          issuer: fake.origin,
          scope: ["openid"],
          register: { metadata: { redirect_uris: ["http://localhost/login/corp/authorized"] }, store },
          fromConfig: { "register.initialAccessToken": "CORP_IAT" },
        }),
      },
    });
    const done = await completeDance(dance, { provider: fake, config: { CORP_IAT: "iat-from-env" } });
    expect(done.error).toBeUndefined();
    expect(registrations).toHaveLength(1);
    expect(authorizations).toEqual(["Bearer iat-from-env"]);
    const key = await clientRegistrationKey(fake.origin, {
      redirect_uris: ["http://localhost/login/corp/authorized"],
    });
    expect((await store.getClient(key))?.client_id).toBe("registered-app");
  });
});
