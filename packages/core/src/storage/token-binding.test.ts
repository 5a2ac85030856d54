// A provider chosen per request (an issuer per tenant): nothing started or issued under one tenant's issuer is
// finished or used under another's.
import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { createDanceRequest } from "../http/request.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import { completeDance } from "../testing/complete-dance.js";
import { fakeProvider } from "../testing/fake-provider.js";
import { MemoryStorage } from "./memory-storage.js";
import { CLIENT_ID_FIELD, ISSUER_FIELD } from "./token-binding.js";

const SECRET = "a-test-secret-that-is-32-chars-long";
const APP = { a: "https://a.app.test", b: "https://b.app.test" } as const;

function twoTenants(options: { storage?: MemoryStorage; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const tenantB = fakeProvider({ origin: "https://b.id.test", users: [{ id: "bob" }], now });
  const tenantA = fakeProvider({
    origin: "https://a.id.test",
    users: [{ id: "ann" }],
    now,
    fallback: tenantB.fetch,
  });
  const fakes = { a: tenantA, b: tenantB };
  const dance = createDance({
    secret: SECRET,
    fetch: tenantA.fetch,
    now,
    ...(options.storage ? { storage: options.storage } : {}),
    providers: {
      corp: oauth2(({ request }) => {
        const tenant = request.url.hostname.startsWith("a.") ? "a" : "b";
        return { ...fakes[tenant].endpoints, clientId: "app", clientSecret: "secret" };
      }),
    },
  });
  return { dance, fakes };
}

function handleAt(
  dance: ReturnType<typeof twoTenants>["dance"],
  app: string,
  cookies: Record<string, string>,
) {
  const request = createDanceRequest({ method: "GET", url: "/", headers: {}, baseUrl: app, cookies });
  return dance.createContext(request).oauth.corp;
}

/** Keeps the cookies a response set, as a browser would (these tests never delete one). */
function keep(jar: Record<string, string>, setCookies: readonly string[]): void {
  for (const line of setCookies) {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    jar[pair.slice(0, at)] = pair.slice(at + 1);
  }
}

describe("a provider chosen per request", () => {
  it("logs each tenant's user in with that tenant's issuer, and the token is marked with it", async () => {
    const { dance, fakes } = twoTenants();
    const ann = await completeDance(dance, { provider: fakes.a, name: "corp", appUrl: APP.a });
    const bob = await completeDance(dance, { provider: fakes.b, name: "corp", appUrl: APP.b });

    expect(ann.token).toMatchObject({ [ISSUER_FIELD]: "https://a.id.test", [CLIENT_ID_FIELD]: "app" });
    expect(bob.token).toMatchObject({ [ISSUER_FIELD]: "https://b.id.test" });
    expect(await handleAt(dance, APP.a, ann.cookies).api.get("user").json()).toMatchObject({ id: "ann" });
    expect(await handleAt(dance, APP.b, bob.cookies).api.get("user").json()).toMatchObject({ id: "bob" });
    expect(fakes.a.calls.token).toBe(1);
    expect(fakes.b.calls.token).toBe(1);
  });

  it("treats a token of tenant A as absent in a request that resolves to tenant B", async () => {
    const storage = new MemoryStorage();
    const { dance, fakes } = twoTenants({ storage });
    const ann = await completeDance(dance, { provider: fakes.a, name: "corp", appUrl: APP.a });

    const underB = handleAt(dance, APP.b, ann.cookies);
    expect(await underB.token()).toBeUndefined();
    expect(await underB.authorized()).toBe(false);
    await expect(underB.api.get("user")).rejects.toMatchObject({ code: "not_authorized" });
    expect(fakes.b.calls.api).toBe(0);
    expect(fakes.a.calls.api).toBe(0);
    expect(await handleAt(dance, APP.a, ann.cookies).authorized()).toBe(true);
  });

  it("refuses a dance started at tenant A and finished in a request of tenant B, before any exchange", async () => {
    const { dance, fakes } = twoTenants();
    const cookies: Record<string, string> = {};
    const login = await dance.route(
      dance.createContext(
        createDanceRequest({ method: "GET", url: "/login/corp", headers: {}, baseUrl: APP.a, cookies }),
      ),
    );
    if (login.type !== "redirect") throw new Error("expected the login redirect");
    keep(cookies, login.cookies);
    const back = new URL(fakes.a.authorize(login.location, { user: "ann" }));

    const callback = dance.createContext(
      createDanceRequest({
        method: "GET",
        url: back.pathname + back.search,
        headers: {},
        baseUrl: APP.b,
        cookies,
      }),
    );
    const result = await dance.route(callback);

    expect(result.type).toBe("redirect");
    if (result.type === "pass") throw new Error("expected the callback to answer");
    keep(cookies, result.cookies);
    expect(await handleAt(dance, APP.b, cookies).takeError()).toMatchObject({
      code: "state_mismatch",
      message: expect.stringMatching(/another corp issuer/),
    });
    expect(fakes.a.calls.token).toBe(0);
    expect(fakes.b.calls.token).toBe(0);
  });

  it("keeps the mark through a refresh, so the refreshed token stays usable at its tenant only", async () => {
    let clock = Date.UTC(2026, 0, 1);
    const storage = new MemoryStorage();
    const { dance, fakes } = twoTenants({ storage, now: () => clock });
    const ann = await completeDance(dance, { provider: fakes.a, name: "corp", appUrl: APP.a });
    clock += 2 * 3600_000;

    const handle = handleAt(dance, APP.a, ann.cookies);
    expect(await handle.api.get("user").json()).toMatchObject({ id: "ann" });
    expect(fakes.a.calls.refresh).toBe(1);
    expect(await handle.token()).toMatchObject({
      [ISSUER_FIELD]: "https://a.id.test",
      [CLIENT_ID_FIELD]: "app",
    });
    expect(await handleAt(dance, APP.b, ann.cookies).token()).toBeUndefined();
  });
});
