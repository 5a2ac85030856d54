// Incremental authorization: a login URL that asks for more scopes, what the provider is asked, what is stored.
import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { createDanceRequest } from "../http/request.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import { fakeProvider } from "../testing/fake-provider.js";
import type { Token } from "../token.js";

const SECRET = "a-test-secret-that-is-32-chars-long";

function danceWith(options: { incremental?: boolean; answerScope?: boolean; token?: Token } = {}) {
  const fake = fakeProvider({
    users: [{ id: "ann" }],
    onTokenRequest: async ({ form }) => {
      if (options.answerScope !== false || form.get("grant_type") !== "authorization_code") return undefined;
      return Response.json({ access_token: "at-unscoped", token_type: "Bearer", expires_in: 3600 });
    },
  });
  const storage = new MemoryStorage(options.token);
  const dance = createDance({
    secret: SECRET,
    fetch: fake.fetch,
    storage,
    providers: {
      acme: oauth2({
        ...fake.endpoints,
        clientId: "app",
        clientSecret: "secret",
        scope: ["read"],
        optionalScopes: ["write", "admin"],
        ...(options.incremental ? { incrementalAuthorization: true } : {}),
      }),
    },
  });
  const cookies: Record<string, string> = {};
  async function get(url: string) {
    const context = dance.createContext(
      createDanceRequest({ method: "GET", url, headers: {}, baseUrl: "https://app.test", cookies }),
    );
    const result = await dance.route(context);
    for (const line of result.type === "pass" ? [] : result.cookies) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      cookies[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return { result, handle: context.handle("acme") };
  }
  /** Logs in through `url` as ann; returns the scope the provider was asked for. */
  async function login(url: string): Promise<string | null> {
    const { result } = await get(url);
    if (result.type !== "redirect") throw new Error("expected the login redirect");
    const location = new URL(result.location);
    if (location.origin !== new URL(fake.endpoints.authorizationUrl).origin) return null;
    const back = new URL(fake.authorize(result.location, { user: "ann" }));
    await get(back.pathname + back.search);
    return location.searchParams.get("scope");
  }
  return { dance, fake, storage, get, login, handle: async () => (await get("/")).handle };
}

describe("a login URL asking for more scopes", () => {
  it("builds the URL with the scopes and the page to come back to", async () => {
    const { handle } = danceWith();
    const acme = await handle();
    expect(acme.loginUrlFor({ scope: ["write", "admin"], next: "/files" })).toBe(
      "/login/acme?scope=write%20admin&next=%2Ffiles",
    );
    expect(acme.loginUrlFor("/files")).toBe("/login/acme?next=%2Ffiles");
    expect(acme.loginUrlFor({ scope: [] })).toBe("/login/acme");
  });

  it("asks a provider that replaces tokens for everything again: configured, granted before, and the new ones", async () => {
    const { login, handle } = danceWith();
    expect(await login("/login/acme")).toBe("read");
    const acme = await handle();
    expect(await acme.scopes()).toEqual(["read"]);
    expect(await acme.hasScope("write")).toBe(false);

    expect(await login(acme.loginUrlFor({ scope: ["write"] }))).toBe("read write");
    expect(await (await handle()).hasScope("write")).toBe(true);
    expect(await login((await handle()).loginUrlFor({ scope: ["admin"] }))).toBe("read write admin");
    expect(await (await handle()).scopes()).toEqual(["read", "write", "admin"]);
  });

  it("asks a provider that adds grants up for the missing ones only, and keeps what it answers", async () => {
    const { login, handle } = danceWith({
      incremental: true,
      token: { access_token: "at-before", token_type: "Bearer", scope: "read write" },
    });
    expect(await login("/login/acme?scope=write%20admin")).toBe("read admin");
    // The fake answers the scope it was asked for: that is what is stored.
    expect(await (await handle()).scopes()).toEqual(["read", "admin"]);
  });

  it("stores what was asked when the provider answers no scope", async () => {
    const { login, handle } = danceWith({
      incremental: true,
      answerScope: false,
      token: { access_token: "at-before", token_type: "Bearer", scope: "read write" },
    });
    expect(await login("/login/acme?scope=admin")).toBe("read admin");
    expect(await (await handle()).scopes()).toEqual(["read", "write", "admin"]);
  });

  it("refuses a scope the options do not allow, before anything is sent to the provider", async () => {
    const { get, fake, handle } = danceWith();
    const { result } = await get("/login/acme?scope=write%20delete:everything");
    expect(result).toMatchObject({ type: "redirect", location: "/" });
    expect(fake.calls.authorize).toBe(0);
    const error = await (await handle()).takeError();
    expect(error).toMatchObject({ code: "scope_not_allowed", provider: "acme" });
    expect(error?.message).toContain('"delete:everything"');
    expect(error?.message).not.toContain('"write"');
  });
});
