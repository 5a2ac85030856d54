import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { DanceError } from "../errors.js";
import { createDanceRequest } from "../http/request.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import { completeDance } from "./complete-dance.js";
import { fakeProvider } from "./fake-provider.js";

const SECRET = "a-test-secret-that-is-32-chars-long";
const REDIRECT = "http://localhost/login/corp/authorized";

function handleOf(dance: ReturnType<typeof createDance>, cookies: Record<string, string> = {}) {
  const request = createDanceRequest({
    method: "GET",
    url: "/",
    headers: {},
    baseUrl: "http://localhost",
    cookies,
  });
  return dance.createContext(request).handle("corp");
}

/** A code for `client`, got the way a browser would, with an optional PKCE S256 challenge. */
function codeFor(fake: ReturnType<typeof fakeProvider>, params: Record<string, string> = {}): string {
  const url = new URL(fake.endpoints.authorizationUrl);
  for (const [name, value] of Object.entries({
    client_id: "client",
    redirect_uri: REDIRECT,
    response_type: "code",
    ...params,
  })) {
    url.searchParams.set(name, value);
  }
  return new URL(fake.authorize(url)).searchParams.get("code") as string;
}

function exchange(fake: ReturnType<typeof fakeProvider>, body: Record<string, string>) {
  return fake.fetch(fake.endpoints.tokenUrl, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: "client",
      redirect_uri: REDIRECT,
      ...body,
    }),
  });
}

describe("fakeProvider's token endpoint", () => {
  it("accepts a code once, for the redirect_uri it was issued for", async () => {
    const fake = fakeProvider();
    const code = codeFor(fake);
    expect((await exchange(fake, { code, redirect_uri: "http://localhost/elsewhere" })).status).toBe(400);
    const other = codeFor(fake);
    expect((await exchange(fake, { code: other })).status).toBe(200);
    expect(await (await exchange(fake, { code: other })).json()).toMatchObject({ error: "invalid_grant" });
  });

  it("checks the PKCE verifier against the S256 challenge", async () => {
    const fake = fakeProvider();
    const verifier = "a-verifier-that-is-long-enough-for-pkce-0123456789";
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
    const challenge = btoa(String.fromCharCode(...digest))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
    const params = { code_challenge: challenge, code_challenge_method: "S256" };
    expect((await exchange(fake, { code: codeFor(fake, params), code_verifier: "wrong" })).status).toBe(400);
    expect((await exchange(fake, { code: codeFor(fake, params), code_verifier: verifier })).status).toBe(200);
  });

  it("refuses a client other than the one it was told to expect, and a wrong secret", async () => {
    const fake = fakeProvider({ clientId: "client", clientSecret: "right" });
    const wrongSecret = await exchange(fake, { code: codeFor(fake), client_secret: "wrong" });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: "invalid_client" });
    expect(() => codeFor(fake, { client_id: "stranger" })).toThrow(/unknown client_id "stranger"/);
    const basic = `Basic ${btoa("client:right")}`;
    const body = new URLSearchParams({
      grant_type: "authorization_code",
      code: codeFor(fake),
      redirect_uri: REDIRECT,
    });
    const ok = await fake.fetch(fake.endpoints.tokenUrl, {
      method: "POST",
      headers: { authorization: basic },
      body,
    });
    expect(ok.status).toBe(200);
  });
});

describe("fakeProvider with a dance", () => {
  it("lets handle.api refresh an expired token through the fake, on the dance's clock", async () => {
    let clock = Date.parse("2030-01-01T00:00:00Z");
    const now = () => clock;
    const fake = fakeProvider({ now, accessTokenTtl: 600 });
    const dance = createDance({
      secret: SECRET,
      now,
      providers: { corp: oauth2({ clientId: "client", ...fake.endpoints }) },
      fetch: fake.fetch,
    });
    const { cookies } = await completeDance(dance, { provider: fake });

    clock += 601_000;
    const handle = handleOf(dance, cookies);
    expect(await handle.api.get("me").json()).toMatchObject({ id: "test-user" });
    expect(fake.calls.refresh).toBe(1);
  });

  it("answers 401 once the user revoked the app, and then refuses the refresh", async () => {
    const fake = fakeProvider();
    const dance = createDance({
      secret: SECRET,
      providers: { corp: oauth2({ clientId: "client", ...fake.endpoints }) },
      fetch: fake.fetch,
    });
    const { cookies } = await completeDance(dance, { provider: fake });

    fake.revokeAll();
    const failure = await handleOf(dance, cookies)
      .api.get("me")
      .json()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DanceError);
    expect((failure as DanceError).code).toBe("refresh_failed");
  });

  it("issues a token that, preloaded in MemoryStorage, works at its API without any dance", async () => {
    const fake = fakeProvider({ users: [{ id: "bot", name: "Build bot" }] });
    const dance = createDance({
      secret: SECRET,
      storage: new MemoryStorage(fake.issueToken("bot")),
      providers: { corp: oauth2({ clientId: "client", ...fake.endpoints }) },
      fetch: fake.fetch,
    });
    expect(await handleOf(dance).api.get("user").json()).toEqual({
      id: "bot",
      sub: "bot",
      name: "Build bot",
    });
    expect(fake.calls.api).toBe(1);
  });

  it("sends the browser of a fetch-driven test through /authorize as the login_hint user", async () => {
    const fake = fakeProvider({ users: [{ id: "a" }, { id: "b" }] });
    const url = `${fake.endpoints.authorizationUrl}?client_id=c&redirect_uri=${encodeURIComponent(REDIRECT)}&response_type=code&state=s1`;
    const approved = new URL((await fake.fetch(`${url}&login_hint=b`)).headers.get("location") as string);
    expect(approved.searchParams.get("state")).toBe("s1");
    expect(approved.searchParams.get("code")).toEqual(expect.any(String));
    const denied = new URL((await fake.fetch(`${url}&login_hint=deny`)).headers.get("location") as string);
    expect(denied.searchParams.get("error")).toBe("access_denied");
  });

  it("refuses to reach any other origin unless given a fallback fetch", async () => {
    await expect(fakeProvider().fetch("https://api.github.com/user")).rejects.toThrow(
      /not the fake's origin/,
    );
    const fallback = (async () => new Response("from fallback")) as unknown as typeof fetch;
    const response = await fakeProvider({ fallback }).fetch("https://api.github.com/user");
    expect(await response.text()).toBe("from fallback");
  });
});
