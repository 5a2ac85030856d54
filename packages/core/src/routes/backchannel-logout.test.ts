import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDance } from "../dance.js";
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import { MemoryLogoutList } from "../storage/logout-list.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import type { Token } from "../token.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const ISSUER = "https://id.example";
const EVENT = "http://schemas.openid.net/event/backchannel-logout";
/** The dance's clock, far from the real one: every time check must go through it. */
const START = Date.UTC(2031, 0, 1) / 1000;

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let provider: KeyPair;
let forger: KeyPair;

beforeAll(async () => {
  provider = await generateKeyPair("RS256");
  forger = await generateKeyPair("RS256");
});

/** The provider's discovery document and JWKS, served by a fetch the dance is given. */
function providerFetch(): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === `${ISSUER}/.well-known/openid-configuration`) {
      return Response.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/authorize`,
        token_endpoint: `${ISSUER}/token`,
        jwks_uri: `${ISSUER}/jwks`,
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (url === `${ISSUER}/jwks`) {
      const jwk = await exportJWK(provider.publicKey);
      return Response.json({ keys: [{ ...jwk, kid: "k1", alg: "RS256", use: "sig" }] });
    }
    return new Response("not found", { status: 404 });
  }) as typeof fetch;
}

function setup({
  backchannelLogout = true as boolean | { maxAge: number },
  storage = new MemoryStorage(),
} = {}) {
  const clock = { now: START * 1000 };
  const logoutList = new MemoryLogoutList();
  const dance = createDance({
    secret: SECRET,
    providers: {
      corp: oauth2({
        issuer: ISSUER,
        clientId: "app",
        clientSecret: "s",
        scope: ["openid"],
        backchannelLogout,
      }),
      legacy: oauth1({
        clientKey: "k",
        clientSecret: "s",
        requestTokenUrl: "https://legacy.example/request",
        authorizationUrl: "https://legacy.example/authorize",
        accessTokenUrl: "https://legacy.example/access",
      }),
    },
    storage,
    logoutList,
    fetch: providerFetch(),
    now: () => clock.now,
  });
  return { dance, storage, logoutList, clock };
}

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: ISSUER,
    aud: "app",
    iat: START,
    jti: crypto.randomUUID(),
    sub: "alice",
    events: { [EVENT]: {} },
    ...overrides,
  };
}

function sign(payload: Record<string, unknown>, key = provider.privateKey, alg = "RS256"): Promise<string> {
  const header = { alg, kid: "k1", typ: "logout+jwt" };
  return new SignJWT(payload as JWTPayload).setProtectedHeader(header).sign(key);
}

function post(
  dance: ReturnType<typeof setup>["dance"],
  body: string,
  path = "/login/corp/backchannel-logout",
) {
  return dance.fetch(
    new Request(`https://app.example${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    }),
  );
}

function postToken(dance: ReturnType<typeof setup>["dance"], token: string) {
  return post(dance, new URLSearchParams({ logout_token: token }).toString());
}

/** A stored token whose ID token (only decoded on reads) names this user, issued at `iat`. */
function tokenFor(sub: string, iat: number, sid?: string): Token {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, "");
  const payload = { iss: ISSUER, aud: "app", sub, iat, exp: iat + 3600, ...(sid ? { sid } : {}) };
  return {
    access_token: `at-${sub}`,
    token_type: "bearer",
    id_token: `${encode({ alg: "RS256" })}.${encode(payload)}.sig`,
  };
}

async function storeFor(storage: MemoryStorage, userId: string, token: Token) {
  await storage.set({ provider: "corp", config: { userId } }, token);
}

/** The token the app sees for a user in a new request. */
async function tokenSeenBy(dance: ReturnType<typeof setup>["dance"], userId: string) {
  const { oauth } = dance.handles(new Request("https://app.example/"));
  const corp = oauth.corp;
  if (!corp) throw new Error("no corp handle");
  corp.config.userId = userId;
  return corp.token();
}

describe("back-channel logout route", () => {
  it("accepts a valid logout token: 200, no-store, empty body, no cookie; the user's token then reads as absent", async () => {
    const { dance, storage } = setup();
    await storeFor(storage, "u1", tokenFor("alice", START - 60));
    await storeFor(storage, "u2", tokenFor("bob", START - 60));
    const answer = await postToken(dance, await sign(claims()));
    expect(answer?.status).toBe(200);
    expect(answer?.headers.get("cache-control")).toBe("no-store");
    expect(answer?.headers.get("set-cookie")).toBeNull();
    expect(await answer?.text()).toBe("");
    expect(await tokenSeenBy(dance, "u1")).toBeUndefined();
    // Deleted from the store, not only hidden.
    expect(await storage.get({ provider: "corp", config: { userId: "u1" } })).toBeUndefined();
    expect(await tokenSeenBy(dance, "u2")).toMatchObject({ access_token: "at-bob" });
  });

  it("asks a store that can to delete the account's tokens at once, and only for an accepted token", async () => {
    const storage = Object.assign(new MemoryStorage(), { deleteByAccount: vi.fn(async () => undefined) });
    const { dance } = setup({ storage });
    await postToken(dance, await sign(claims({ aud: "other-app" })));
    expect(storage.deleteByAccount).not.toHaveBeenCalled();
    expect((await postToken(dance, await sign(claims({ sid: "s-1" }))))?.status).toBe(200);
    expect(storage.deleteByAccount).toHaveBeenCalledWith("corp", { sub: "alice", sid: "s-1" });
  });

  it("logs out by sid alone", async () => {
    const { dance, storage } = setup();
    await storeFor(storage, "u1", tokenFor("alice", START - 60, "s-1"));
    await storeFor(storage, "u2", tokenFor("alice", START - 60, "s-2"));
    const { sub: _sub, ...bySession } = claims({ sid: "s-1" });
    expect((await postToken(dance, await sign(bySession)))?.status).toBe(200);
    expect(await tokenSeenBy(dance, "u1")).toBeUndefined();
    expect(await tokenSeenBy(dance, "u2")).toMatchObject({ access_token: "at-alice" });
  });

  it("keeps a token issued after the logout (a new login)", async () => {
    const { dance, storage, clock } = setup();
    expect((await postToken(dance, await sign(claims())))?.status).toBe(200);
    clock.now += 10_000;
    await storeFor(storage, "u1", tokenFor("alice", START + 10));
    expect(await tokenSeenBy(dance, "u1")).toMatchObject({ access_token: "at-alice" });
  });

  const refusals: [string, () => Promise<string>, string][] = [
    ["a bad signature", () => sign(claims(), forger.privateKey), "the signature does not verify"],
    ["another issuer", () => sign(claims({ iss: "https://other.example" })), "iss is not the issuer"],
    ["another audience", () => sign(claims({ aud: "other-app" })), "aud is not this client"],
    ["no events", () => sign(claims({ events: undefined })), "the back-channel logout event is missing"],
    [
      "an event that is no object",
      () => sign(claims({ events: { [EVENT]: "yes" } })),
      "the back-channel logout event is missing",
    ],
    ["a nonce", () => sign(claims({ nonce: "n" })), "a logout token must not carry a nonce"],
    ["neither sub nor sid", () => sign(claims({ sub: undefined })), "neither sub nor sid is present"],
    ["no jti", () => sign(claims({ jti: undefined })), "jti is missing"],
    ["no iat", () => sign(claims({ iat: undefined })), "iat is missing"],
    ["an iat too old", () => sign(claims({ iat: START - 301 })), "the token is too old"],
    ["an iat in the future", () => sign(claims({ iat: START + 301 })), "iat is in the future"],
    ["an exp passed", () => sign(claims({ exp: START - 1 })), "the token has expired"],
    [
      "alg none",
      async () => `${btoa(JSON.stringify({ alg: "none" }))}.${btoa(JSON.stringify(claims()))}.`,
      "unexpected signing algorithm",
    ],
    ["an encrypted token (five parts)", async () => "a.b.c.d.e", "not a signed JWT"],
    ["garbage", async () => "not-a-jwt", "not a signed JWT"],
  ];

  it.each(refusals)(
    "refuses a token with %s: 400 invalid_request, and deletes nothing",
    async (_what, make, reason) => {
      const { dance, storage } = setup();
      await storeFor(storage, "u1", tokenFor("alice", START - 60));
      const answer = await postToken(dance, await make());
      expect(answer?.status).toBe(400);
      expect(answer?.headers.get("cache-control")).toBe("no-store");
      expect(await answer?.json()).toEqual({ error: "invalid_request", error_description: reason });
      expect(await tokenSeenBy(dance, "u1")).toMatchObject({ access_token: "at-alice" });
    },
  );

  it("refuses a replayed jti, and forgets it once such a token is too old anyway", async () => {
    const { dance, clock } = setup();
    const token = await sign(claims({ jti: "once" }));
    expect((await postToken(dance, token))?.status).toBe(200);
    const replay = await postToken(dance, token);
    expect(replay?.status).toBe(400);
    expect(await replay?.json()).toMatchObject({ error_description: "the token was already used" });
    clock.now += 301_000;
    expect(await (await postToken(dance, token))?.json()).toMatchObject({
      error_description: "the token is too old",
    });
  });

  it("honours a configured maxAge, on the injected clock", async () => {
    const { dance, clock } = setup({ backchannelLogout: { maxAge: 30 } });
    const token = await sign(claims());
    clock.now += 31_000;
    expect(await (await postToken(dance, token))?.json()).toMatchObject({
      error_description: "the token is too old",
    });
  });

  it("refuses a body without exactly one logout_token", async () => {
    const { dance } = setup();
    for (const body of ["", "logout_token=", "logout_token=a&logout_token=b", "other=1"]) {
      const answer = await post(dance, body);
      expect(answer?.status, body).toBe(400);
      expect(await answer?.json(), body).toEqual({
        error: "invalid_request",
        error_description: "logout_token is missing",
      });
    }
  });

  it("passes for a provider that has not enabled it, for OAuth 1, and for other methods", async () => {
    const off = setup({ backchannelLogout: false });
    expect(await postToken(off.dance, await sign(claims()))).toBeUndefined();
    const on = setup();
    expect(await post(on.dance, "logout_token=x", "/login/legacy/backchannel-logout")).toBeUndefined();
    const get = await on.dance.fetch(new Request("https://app.example/login/corp/backchannel-logout"));
    expect(get).toBeUndefined();
  });
});

describe("MemoryLogoutList", () => {
  it("finds the latest logout of a sub or a sid, per provider and issuer", () => {
    const list = new MemoryLogoutList();
    list.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: 10 });
    list.add({ provider: "corp", issuer: ISSUER, sub: "alice", sid: "s", at: 20 });
    list.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: 15 });
    expect(list.find({ provider: "corp", issuer: ISSUER, sub: "alice" })).toBe(20);
    expect(list.find({ provider: "corp", issuer: ISSUER, sid: "s" })).toBe(20);
    expect(list.find({ provider: "other", issuer: ISSUER, sub: "alice" })).toBeUndefined();
    expect(list.find({ provider: "corp", issuer: "https://else.example", sub: "alice" })).toBeUndefined();
  });

  it("stays bounded, forgetting the oldest", () => {
    const list = new MemoryLogoutList({ max: 2 });
    for (const sub of ["a", "b", "c"]) list.add({ provider: "corp", issuer: ISSUER, sub, at: 1 });
    expect(list.find({ provider: "corp", issuer: ISSUER, sub: "a" })).toBeUndefined();
    expect(list.find({ provider: "corp", issuer: ISSUER, sub: "c" })).toBe(1);
  });
});
