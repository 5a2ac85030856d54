import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import type { DanceHooks } from "../hooks.js";
import { createDanceRequest } from "../http/request.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import { SessionStorage } from "../storage/session-storage.js";
import { completeDance, type FakeProvider, fakeProvider } from "../testing/index.js";
import { verifiedEmail } from "./profile.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const NOW = Date.UTC(2026, 0, 1);

const USERS = [
  { id: "ann", name: "Ann", email: "ann@personal.example", email_verified: true },
  { id: "ann-work", name: "Ann at Work", email: "ann@work.example", email_verified: false },
];

function setUp(hooks: DanceHooks = {}, extra: { scope?: string[]; optionalScopes?: string[] } = {}) {
  const fake = fakeProvider({ now: () => NOW, clientId: "cid", clientSecret: "cs", users: USERS });
  const storage = new MemoryStorage();
  const dance = createDance({
    secret: SECRET,
    fetch: fake.fetch,
    now: () => NOW,
    storage,
    on: hooks,
    providers: {
      acme: oauth2({
        clientId: "cid",
        clientSecret: "cs",
        ...fake.endpoints,
        issuer: undefined,
        multipleAccounts: true,
        ...extra,
      }),
    },
  });
  const handle = (userId?: string) => {
    const context = dance.createContext(
      createDanceRequest({ method: "GET", url: "/", headers: { host: "app.example" } }),
    );
    const acme = context.oauth.acme as NonNullable<typeof context.oauth.acme>;
    if (userId !== undefined) acme.config.userId = userId;
    return acme;
  };
  const login = (user: string) => completeDance(dance, { provider: fake, user });
  /** Where the login route sends the browser for this login URL. */
  const authorizationUrl = async (loginUrl: string) => {
    const request = createDanceRequest({ method: "GET", url: loginUrl, headers: { host: "app.example" } });
    const result = await dance.route(dance.createContext(request));
    if (result.type !== "redirect") throw new Error(`the login answered ${result.type}`);
    return new URL(result.location);
  };
  return { fake, storage, dance, handle, login, authorizationUrl };
}

function accessTokenOf(fake: FakeProvider, user: string, nth = 0): string | undefined {
  return fake.issued.filter((issued) => issued.user === user)[nth]?.token.access_token;
}

describe("several accounts at one provider", () => {
  it("keeps a token per account; the plain handle is the account connected last", async () => {
    const { fake, handle, login } = setUp();
    await login("ann");
    await login("ann-work");
    const accounts = await handle().accounts();
    expect(accounts.map(({ id, label, current }) => ({ id, label, current }))).toEqual([
      { id: "ann-work", label: "ann@work.example", current: true },
      { id: "ann", label: "ann@personal.example", current: false },
    ]);
    expect((await handle().token())?.access_token).toBe(accessTokenOf(fake, "ann-work"));
    expect((await handle().account("ann").token())?.access_token).toBe(accessTokenOf(fake, "ann"));
    expect(await handle().account("ann").api.get("me").json()).toMatchObject({ id: "ann" });
    expect(await handle().api.get("me").json()).toMatchObject({ id: "ann-work" });

    // Connecting the first account again makes it the plain handle's.
    await login("ann");
    expect((await handle().accounts()).map(({ id }) => id)).toEqual(["ann", "ann-work"]);
    expect(await handle().api.get("me").json()).toMatchObject({ id: "ann" });
  });

  it("refreshes one account's token into that account, leaving which one is current", async () => {
    const { fake, handle, login } = setUp();
    await login("ann");
    await login("ann-work");
    fake.expireAccessTokens();
    expect(await handle().account("ann").api.get("me").json()).toMatchObject({ id: "ann" });
    const refreshed = fake.issued.filter((issued) => issued.grant === "refresh_token");
    expect(refreshed.map(({ user }) => user)).toEqual(["ann"]);
    expect((await handle().account("ann").token())?.access_token).toBe(refreshed[0]?.token.access_token);
    expect((await handle().accounts()).map(({ id, label }) => [id, label])).toEqual([
      ["ann-work", "ann@work.example"],
      ["ann", "ann@personal.example"],
    ]);
  });

  it("logs out one account, or all of them, revoking each", async () => {
    const { fake, handle, login } = setUp();
    await login("ann");
    await login("ann-work");
    await handle().account("ann").logout();
    expect(fake.calls.revoke).toBeGreaterThan(0);
    expect((await handle().accounts()).map(({ id }) => id)).toEqual(["ann-work"]);

    await login("ann");
    const revokedBefore = fake.calls.revoke;
    await handle().logout({ all: true });
    expect(await handle().accounts()).toEqual([]);
    expect(await handle().authorized()).toBe(false);
    // Both accounts' tokens were revoked: the access and refresh token of each.
    expect(fake.calls.revoke - revokedBefore).toBe(4);
  });

  it("keeps each app user's accounts apart", async () => {
    const { handle, login } = setUp({ authorized: () => ({ user: "u1" }) });
    await login("ann");
    await login("ann-work");
    expect((await handle("u1").accounts()).map(({ id }) => id)).toEqual(["ann-work", "ann"]);
    expect(await handle("u2").accounts()).toEqual([]);
    expect(await handle().accounts()).toEqual([]);
  });

  it("asks for more scopes for one account on top of that account's grants, not the current one's", async () => {
    const { handle, authorizationUrl } = setUp({}, { scope: ["a"], optionalScopes: ["b", "c"] });
    await handle().account("ann").setToken({ access_token: "ann", scope: "a" });
    await handle().account("ann-work").setToken({ access_token: "work", scope: "a b" });
    expect((await handle().accounts()).map(({ id, scopes }) => [id, scopes])).toEqual([
      ["ann-work", ["a", "b"]],
      ["ann", ["a"]],
    ]);
    const forAnn = handle()
      .account("ann")
      .loginUrlFor({ scope: ["c"] });
    expect(forAnn).toBe("/login/acme?scope=c&account=ann");
    expect((await authorizationUrl(forAnn)).searchParams.get("scope")).toBe("a c");
    expect((await authorizationUrl(handle().loginUrlFor({ scope: ["c"] }))).searchParams.get("scope")).toBe(
      "a b c",
    );
  });

  it("refuses multipleAccounts with a store that keeps one token per user, naming the option", () => {
    const fake = fakeProvider();
    expect(() =>
      createDance({
        secret: SECRET,
        storage: new SessionStorage(),
        providers: { acme: oauth2({ clientId: "cid", ...fake.endpoints, multipleAccounts: true }) },
      }),
    ).toThrow(/providers\.acme\.multipleAccounts: needs a storage that keeps several accounts/);
  });
});

describe("linking the account in the authorized hook", () => {
  it("tells the hook the account, the app's user and the profile", async () => {
    const seen: unknown[] = [];
    const { login } = setUp({
      authorized: async ({ account, user, profile }) => {
        seen.push({ account, user, id: (await profile()).id });
      },
    });
    await login("ann");
    expect(seen).toEqual([
      { account: { id: "ann", label: "ann@personal.example" }, user: undefined, id: "ann" },
    ]);
  });

  it("stores the token for the user the hook names", async () => {
    const { handle, login } = setUp({ authorized: ({ account }) => ({ user: `user-of-${account?.id}` }) });
    await login("ann");
    expect((await handle("user-of-ann").token())?.access_token).toEqual(expect.any(String));
    expect(await handle().token()).toBeUndefined();
  });

  it("refuses an account the hook refuses, storing nothing: never link by an unverified email", async () => {
    const byEmail = new Map([["ann@work.example", "existing-user"]]);
    const { handle, login } = setUp({
      authorized: async ({ profile }) => {
        const email = verifiedEmail(await profile());
        const linked = email && byEmail.get(email);
        return linked ? { user: linked } : { refuse: "Log in to your account first, then connect this one" };
      },
    });
    const { error } = await login("ann-work");
    expect(error).toMatchObject({
      code: "account_refused",
      message: "Log in to your account first, then connect this one",
    });
    expect(await handle("existing-user").accounts()).toEqual([]);
    expect(await handle().accounts()).toEqual([]);
  });
});

describe("verifiedEmail", () => {
  it("gives the email only when the provider says it verified it", () => {
    expect(verifiedEmail({ email: "a@example.com", emailVerified: true })).toBe("a@example.com");
    expect(verifiedEmail({ email: "a@example.com", emailVerified: false })).toBeUndefined();
    expect(verifiedEmail({ email: "a@example.com" })).toBeUndefined();
  });
});
