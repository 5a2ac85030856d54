// PAR, DPoP, signed request objects and mTLS against a Local ID that requires them, on every adapter's driver.
// The same profiles with KnexStorage: test/storage/knex-security-profiles.test.ts.
import { X509Certificate } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { drivers } from "../support/drivers/index.js";
import type { Scenario, ScenarioOptions } from "../support/scenario.js";
import {
  APP_JWKS,
  APP_PRIVATE_KEY,
  certificates,
  FAPI,
  MTLS,
  REFRESHING,
} from "../support/security-profiles.js";

const running: Scenario[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

interface MeAnswer {
  sub: string;
  email: string;
  tokenType: string;
}

const table = drivers.map((driver) => [driver.name, driver] as const);

describe.each(table)("high-assurance OAuth (%s, Local ID)", (_name, driver) => {
  async function start(options: ScenarioOptions): Promise<Scenario> {
    const scenario = await driver.start(options);
    running.push(scenario);
    return scenario;
  }

  /** The redirect the login answers with. */
  async function loginRedirect(app: Scenario, browser: Browser): Promise<URL> {
    const visit = await browser.visit(`${app.appUrl}/login/corp?as=alice`, { follow: false });
    expect(visit.status).toBe(302);
    return new URL(visit.headers.get("location") as string);
  }

  async function danceAs(app: Scenario, browser: Browser, user: string): Promise<void> {
    const visit = await browser.visit(`${app.appUrl}/login/corp?as=${user}`);
    expect(visit.url).toBe(`${app.appUrl}/`);
  }

  it("pushes the authorization request when the server requires it (par: auto): the browser carries only client_id and request_uri", async () => {
    const app = await start({ idp: { requirePushedAuthorizationRequests: true } });
    const browser = app.browser();
    const redirect = await loginRedirect(app, browser);
    expect([...redirect.searchParams.keys()].sort()).toEqual(["client_id", "request_uri"]);
    expect(redirect.searchParams.get("request_uri")).toMatch(/^urn:ietf:params:oauth:request_uri:/);
    await danceAs(app, browser, "alice");
    const me = await browser.json<MeAnswer>(`${app.appUrl}/me`);
    expect(me).toMatchObject({ status: 200, body: { sub: "alice" } });
  });

  it("fails with the server's own words when PAR is required and turned off", async () => {
    const app = await start({ idp: { requirePushedAuthorizationRequests: true }, provider: { par: false } });
    const browser = app.browser();
    await danceAs(app, browser, "alice");
    const error = await browser.json<Record<string, unknown>>(`${app.appUrl}/error`);
    expect(error.body).toMatchObject({ code: "provider_error", error: "invalid_request" });
    expect(String(error.body.errorDescription)).toMatch(/pushed authorization request/i);
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
  });

  it("binds the token to a DPoP key: proofs at the token endpoint and the API, nonces retried, never a bearer", async () => {
    const app = await start({
      idp: { dpopNonces: true },
      client: { metadata: { dpop_bound_access_tokens: true } },
      provider: { dpop: true },
    });
    const browser = app.browser();
    await danceAs(app, browser, "alice");
    const token = (await browser.json<Record<string, unknown>>(`${app.appUrl}/token`)).body;
    expect(token.token_type).toBe("dpop");
    // The key pair is kept sealed with the token: no JWK member is readable in it.
    expect(token.dpop_key).toMatch(/^Fe26\.2\*/);
    expect(JSON.stringify(token)).not.toMatch(/"d"|"kty"/);
    const me = await browser.json<MeAnswer>(`${app.appUrl}/me`);
    expect(me).toEqual({ status: 200, body: expect.objectContaining({ sub: "alice", tokenType: "DPoP" }) });
    // The token is worthless as a bearer token: Local ID's API refuses it so.
    const asBearer = await fetch(`${app.idp.apiUrl}me`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    expect(asBearer.status).toBe(401);
  });

  it("refuses a client without DPoP when the server requires it, with a clear error, and stores nothing", async () => {
    const app = await start({ client: { metadata: { dpop_bound_access_tokens: true } } });
    const browser = app.browser();
    await danceAs(app, browser, "alice");
    const error = await browser.json<Record<string, unknown>>(`${app.appUrl}/error`);
    expect(error.body).toMatchObject({ code: "token_exchange_failed", error: "invalid_grant" });
    // The server says only "invalid_grant"; the message says what to look at.
    expect(String(error.body.message)).toMatch(/supports DPoP.*set dpop: true/);
    expect((await browser.json(`${app.appUrl}/token`)).body).toBeNull();
  });

  it("refreshes a DPoP token with its own key, and the API takes the new one", async () => {
    const app = await start({
      idp: { dpopNonces: true },
      client: { metadata: { dpop_bound_access_tokens: true } },
      provider: { ...REFRESHING, dpop: true },
    });
    const browser = app.browser();
    await danceAs(app, browser, "alice");
    const before = (await browser.json<Record<string, unknown>>(`${app.appUrl}/token`)).body;
    app.idp.expireAccessTokens();
    const me = await browser.json<MeAnswer>(`${app.appUrl}/me`);
    expect(me).toEqual({ status: 200, body: expect.objectContaining({ sub: "alice", tokenType: "DPoP" }) });
    expect(app.idp.stats.tokenRequests.refresh_token).toBe(1);
    const after = (await browser.json<Record<string, unknown>>(`${app.appUrl}/token`)).body;
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.dpop_key).toBe(before.dpop_key);
  });

  it("signs the authorization request into a request object (JAR) the server requires, pushed or by value", async () => {
    for (const par of [true, false]) {
      const app = await start({
        idp: { requestObjects: true },
        client: { metadata: { jwks: APP_JWKS, require_signed_request_object: true } },
        provider: { par, requestObject: { key: APP_PRIVATE_KEY, keyId: "app-1" } },
      });
      const browser = app.browser();
      const redirect = await loginRedirect(app, browser);
      expect([...redirect.searchParams.keys()].sort()).toEqual(
        par ? ["client_id", "request_uri"] : ["client_id", "request"],
      );
      await danceAs(app, browser, "alice");
      expect((await browser.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    }
  });

  it("completes a FAPI 2.0-style dance (PAR + DPoP + private_key_jwt + PKCE): API call, refresh, logout with revocation", async () => {
    const app = await start(FAPI);
    const alice = app.browser();
    const bob = app.browser();
    await Promise.all([danceAs(app, alice, "alice"), danceAs(app, bob, "bob")]);
    expect((await alice.json<MeAnswer>(`${app.appUrl}/me`)).body).toMatchObject({
      sub: "alice",
      tokenType: "DPoP",
    });
    expect((await bob.json<MeAnswer>(`${app.appUrl}/me`)).body).toMatchObject({
      sub: "bob",
      tokenType: "DPoP",
    });
    app.idp.expireAccessTokens();
    expect((await alice.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    const token = (await alice.json<Record<string, string>>(`${app.appUrl}/token`)).body;
    expect((await alice.json(`${app.appUrl}/logout`)).status).toBe(200);
    expect((await alice.json(`${app.appUrl}/token`)).body).toBeNull();
    // Revoked at the server: the refresh token is dead there.
    expect(await app.idp.isLive(token.refresh_token as string)).toBe(false);
    expect((await bob.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("bob");
  });

  it("authenticates with a client certificate (tls_client_auth) at the mTLS aliases, and the bound token works only with it", async () => {
    const app = await start(MTLS);
    const browser = app.browser();
    await danceAs(app, browser, "alice");
    expect((await browser.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    // Bound to the certificate: the same token over a connection without it is refused.
    const token = (await browser.json<Record<string, string>>(`${app.appUrl}/token`)).body;
    const withoutCertificate = await fetch(`${app.idp.apiUrl}me`, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    expect(withoutCertificate.status).toBe(401);
    app.idp.expireAccessTokens();
    expect((await browser.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    expect(app.idp.stats.tokenRequests.refresh_token).toBe(1);
  });

  it("completes a FAPI 2.0-style dance with mTLS instead of DPoP (PAR + tls_client_auth + bound tokens + PKCE)", async () => {
    const app = await start({ ...MTLS, idp: { ...MTLS.idp, requirePushedAuthorizationRequests: true } });
    const browser = app.browser();
    const redirect = await loginRedirect(app, browser);
    expect([...redirect.searchParams.keys()].sort()).toEqual(["client_id", "request_uri"]);
    await danceAs(app, browser, "alice");
    expect((await browser.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    expect((await browser.json(`${app.appUrl}/logout`)).status).toBe(200);
    expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
  });

  it.each([
    ["client_secret_jwt", { tokenEndpointAuthMethod: "client_secret_jwt" }, {}],
    [
      "private_key_jwt",
      {
        clientSecret: undefined,
        tokenEndpointAuthMethod: "private_key_jwt",
        privateKeyJwt: { privateKey: APP_PRIVATE_KEY, keyId: "app-1" },
      },
      { jwks: APP_JWKS },
    ],
  ] as const)(
    "composes %s with PAR, a signed request object and DPoP in one dance",
    async (method, provider, metadata) => {
      const app = await start({
        idp: { requirePushedAuthorizationRequests: true, requestObjects: true, dpopNonces: true },
        client: {
          tokenEndpointAuthMethod: method,
          metadata: {
            ...metadata,
            jwks: APP_JWKS,
            require_signed_request_object: true,
            dpop_bound_access_tokens: true,
          },
        },
        provider: {
          ...REFRESHING,
          ...provider,
          dpop: true,
          requestObject: { key: APP_PRIVATE_KEY, keyId: "app-1" },
        },
      });
      const browser = app.browser();
      await danceAs(app, browser, "alice");
      expect((await browser.json<MeAnswer>(`${app.appUrl}/me`)).body).toMatchObject({
        sub: "alice",
        tokenType: "DPoP",
      });
      app.idp.expireAccessTokens();
      expect((await browser.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    },
  );

  it("authenticates with a registered self-signed certificate (self_signed_tls_client_auth)", async () => {
    const { selfSigned } = certificates;
    const certificate = new X509Certificate(selfSigned.cert);
    const jwks = {
      keys: [
        { ...certificate.publicKey.export({ format: "jwk" }), x5c: [certificate.raw.toString("base64")] },
      ],
    };
    const app = await start({
      ...MTLS,
      client: {
        tokenEndpointAuthMethod: "self_signed_tls_client_auth",
        metadata: { jwks, tls_client_certificate_bound_access_tokens: true },
      },
      provider: (idp) => ({
        clientSecret: undefined,
        tokenEndpointAuthMethod: "self_signed_tls_client_auth",
        mtls: { ...selfSigned, ca: certificates.ca },
        baseUrl: idp.mtls?.apiUrl,
      }),
    });
    const browser = app.browser();
    await danceAs(app, browser, "alice");
    expect((await browser.json<MeAnswer>(`${app.appUrl}/me`)).body.sub).toBe("alice");
  });
});
