import { describe, expect, it } from "vitest";
import { fakeProvider } from "./fake-provider.js";

const REDIRECT = "http://localhost/login/corp/authorized";
const VERIFIER = "a-verifier-that-is-long-enough-for-pkce-0123456789";

async function challengeOf(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

async function codeFor(fake: ReturnType<typeof fakeProvider>, params: Record<string, string> = {}) {
  const url = new URL(fake.endpoints.authorizationUrl);
  const query = {
    client_id: "client",
    redirect_uri: REDIRECT,
    response_type: "code",
    code_challenge: await challengeOf(VERIFIER),
    code_challenge_method: "S256",
    ...params,
  };
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return new URL(fake.authorize(url)).searchParams.get("code") as string;
}

function post(fake: ReturnType<typeof fakeProvider>, body: Record<string, string>, headers = {}) {
  return fake.fetch(fake.endpoints.tokenUrl, {
    method: "POST",
    headers,
    body: new URLSearchParams({ client_id: "client", ...body }),
  });
}

function exchange(fake: ReturnType<typeof fakeProvider>, code: string, body: Record<string, string> = {}) {
  const form = { grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: VERIFIER };
  return post(fake, { ...form, ...body });
}

describe("fakeProvider's codes", () => {
  it("spends a code once it was presented, whatever the answer, and lists what was presented and redeemed", async () => {
    const fake = fakeProvider();
    const good = await codeFor(fake);
    const wrongVerifier = await codeFor(fake);
    const wrongRedirect = await codeFor(fake);
    const wrongClient = await codeFor(fake, { client_id: "other" });
    expect([good, wrongVerifier, wrongRedirect].map(fake.codes.isLive)).toEqual([true, true, true]);

    expect((await exchange(fake, wrongVerifier, { code_verifier: "wrong" })).status).toBe(400);
    expect((await exchange(fake, wrongVerifier)).status).toBe(400);
    expect((await exchange(fake, wrongRedirect, { redirect_uri: `${REDIRECT}/` })).status).toBe(400);
    expect((await exchange(fake, wrongClient)).status).toBe(400);
    expect((await exchange(fake, good)).status).toBe(200);
    expect((await exchange(fake, good)).status).toBe(400);
    expect(fake.codes.isLive(good)).toBe(false);
    expect(fake.codes.isLive("never-granted")).toBe(false);
    expect(fake.codes.presented).toEqual([
      wrongVerifier,
      wrongVerifier,
      wrongRedirect,
      wrongClient,
      good,
      good,
    ]);
    expect(fake.codes.redeemed).toEqual([good]);
  });
});

describe("fakeProvider's records", () => {
  it("records each request it answered, with its headers, form and status", async () => {
    const fake = fakeProvider({ clientId: "client", clientSecret: "right" });
    const code = await codeFor(fake);
    const basic = { authorization: `Basic ${btoa("client:right")}` };
    await exchange(fake, code, {}).then((response) => expect(response.status).toBe(401));
    const form = { grant_type: "authorization_code", code: await codeFor(fake), redirect_uri: REDIRECT };
    expect((await post(fake, { ...form, code_verifier: VERIFIER }, basic)).status).toBe(200);
    await fake.fetch(`${fake.endpoints.baseUrl}notes`, { method: "POST", body: '{"a":1}' });

    expect(fake.requests.map((r) => [r.endpoint, r.method, r.status])).toEqual([
      ["token", "POST", 401],
      ["token", "POST", 200],
      ["api", "POST", 401],
    ]);
    const sent = fake.requests[1];
    expect(sent?.url).toBe(fake.endpoints.tokenUrl);
    expect(sent?.headers.get("authorization")).toBe(basic.authorization);
    expect(sent?.form.get("code")).toBe(form.code);
    expect(sent?.form.get("code_verifier")).toBe(VERIFIER);
    expect(fake.requests[2]?.body).toBe('{"a":1}');
  });

  it("lists every token it issued, by grant, as it answered them", async () => {
    const fake = fakeProvider({ users: [{ id: "ann" }, { id: "bob" }] });
    const preloaded = fake.issueToken("bob", { scope: "read" });
    const answer = await (await exchange(fake, await codeFor(fake))).json();
    const refreshed = await (
      await post(fake, { grant_type: "refresh_token", refresh_token: answer.refresh_token })
    ).json();
    expect(fake.issued).toEqual([
      { grant: "issueToken", user: "bob", token: preloaded },
      { grant: "authorization_code", user: "ann", token: answer },
      { grant: "refresh_token", user: "ann", token: refreshed },
    ]);
  });
});

describe("fakeProvider's refresh answers", () => {
  it("keep the refresh token by default, not sending it again", async () => {
    const fake = fakeProvider({ clientId: "client" });
    const { refresh_token } = fake.issueToken();
    const refresh = () => post(fake, { grant_type: "refresh_token", refresh_token: refresh_token as string });
    const first = await (await refresh()).json();
    expect(first.refresh_token).toBeUndefined();
    expect((await refresh()).status).toBe(200);
  });

  it("rotate it with rotateRefreshTokens: a new one each time, and the used one refused", async () => {
    const fake = fakeProvider({ clientId: "client", rotateRefreshTokens: true });
    const refresh = (refresh_token: string) => post(fake, { grant_type: "refresh_token", refresh_token });
    const issued = fake.issueToken().refresh_token as string;
    const first = await (await refresh(issued)).json();
    expect(first.refresh_token).toEqual(expect.stringMatching(/^rt-/));
    expect(first.refresh_token).not.toBe(issued);
    expect(await (await refresh(issued)).json()).toMatchObject({ error: "invalid_grant" });
    const second = await (await refresh(first.refresh_token)).json();
    expect(second.access_token).toEqual(expect.any(String));
    const api = await fake.fetch(`${fake.endpoints.baseUrl}me`, {
      headers: { authorization: `Bearer ${second.access_token}` },
    });
    expect(api.status).toBe(200);
  });
});

describe("fakeProvider's onTokenRequest", () => {
  it("answers in the fake's place, spending no code and counting the call", async () => {
    const fake = fakeProvider({
      clientId: "client",
      onTokenRequest: ({ form }) =>
        form.get("grant_type") === "authorization_code"
          ? Response.json({ error: "temporarily_unavailable" }, { status: 503 })
          : undefined,
    });
    const code = await codeFor(fake);
    expect((await exchange(fake, code)).status).toBe(503);
    expect(fake.codes.isLive(code)).toBe(true);
    expect(fake.codes.presented).toEqual([]);
    expect(fake.calls.token).toBe(1);
    const { refresh_token } = fake.issueToken();
    const refreshed = await post(fake, {
      grant_type: "refresh_token",
      refresh_token: refresh_token as string,
    });
    expect(refreshed.status).toBe(200);
  });

  it("holds the request until its promise settles", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const seen: string[] = [];
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const fake = fakeProvider({
      clientId: "client",
      onTokenRequest: async (request) => {
        seen.push(`${request.endpoint} ${request.form.get("grant_type")}`);
        arrive();
        await held;
        return undefined;
      },
    });
    const { refresh_token } = fake.issueToken();
    let settled = false;
    const answer = post(fake, { grant_type: "refresh_token", refresh_token: refresh_token as string }).then(
      (response) => {
        settled = true;
        return response;
      },
    );
    // Waits for the hook to be reached, not for a time: the request is then held there.
    await arrived;
    expect(seen).toEqual(["token refresh_token"]);
    expect(settled).toBe(false);
    expect(fake.requests).toEqual([]);
    release();
    expect((await answer).status).toBe(200);
    expect(fake.requests).toHaveLength(1);
  });
});

describe("tokens from issueToken()", () => {
  it("refresh for whichever client asks when the fake knows no client id, and only for its own when it does", async () => {
    const open = fakeProvider();
    const token = open.issueToken();
    const refreshed = await post(open, {
      grant_type: "refresh_token",
      refresh_token: String(token.refresh_token),
      client_id: "any-app",
    });
    expect(refreshed.status).toBe(200);
    const strict = fakeProvider({ clientId: "the-app" });
    const bound = strict.issueToken();
    const foreign = await post(strict, {
      grant_type: "refresh_token",
      refresh_token: String(bound.refresh_token),
      client_id: "another-app",
    });
    // A fake that knows its client refuses the others before looking at the token.
    expect(foreign.status).toBe(401);
  });
});
