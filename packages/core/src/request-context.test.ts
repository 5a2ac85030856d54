// Providers that are not declared at start-up: looked up at run time, found by name, chosen by an async function.
import { describe, expect, it } from "vitest";
import { createDance } from "./dance.js";
import { createDanceRequest } from "./http/request.js";
import { oauth2 } from "./protocols/oauth2/oauth2.js";
import type { Provider } from "./provider.js";
import { findHandle } from "./request-context.js";
import { completeDance } from "./testing/complete-dance.js";
import { fakeProvider } from "./testing/fake-provider.js";

const SECRET = "a-test-secret-that-is-32-chars-long";

function contextAt(dance: ReturnType<typeof createDance>, url: string, cookies: Record<string, string> = {}) {
  return dance.createContext(
    createDanceRequest({ method: "GET", url, headers: {}, baseUrl: "https://app.test", cookies }),
  );
}

describe("providers looked up at run time", () => {
  it("serves a provider from the app's database from the next request on, and passes once it is removed", async () => {
    const fake = fakeProvider({ users: [{ id: "ann" }] });
    const database = new Map<string, Provider>();
    const dance = createDance({
      secret: SECRET,
      fetch: fake.fetch,
      providers: {},
      resolveProvider: async (name) => database.get(name),
    });

    expect(await dance.route(contextAt(dance, "/login/acme"))).toEqual({ type: "pass" });
    database.set("acme", oauth2({ ...fake.endpoints, clientId: "app", clientSecret: "secret" }));
    const ann = await completeDance(dance, { provider: fake, name: "acme", appUrl: "https://app.test" });
    expect(ann.error).toBeUndefined();
    const acme = await findHandle(contextAt(dance, "/", ann.cookies).oauth, "acme");
    expect(await acme?.api.get("user").json()).toMatchObject({ id: "ann" });

    database.delete("acme");
    expect(await dance.route(contextAt(dance, "/login/acme"))).toEqual({ type: "pass" });
    expect(await findHandle(contextAt(dance, "/", ann.cookies).oauth, "acme")).toBeUndefined();
  });

  it("finds declared providers by name too, and no provider for a name no route could have", async () => {
    const dance = createDance({
      secret: SECRET,
      providers: { corp: oauth2({ issuer: "https://id.test", clientId: "app" }) },
      resolveProvider: () => {
        throw new Error("never asked for a declared or malformed name");
      },
    });
    const { oauth } = contextAt(dance, "/");
    expect(await findHandle(oauth, "corp")).toBe(oauth.corp);
    expect(await findHandle(oauth, "../corp")).toBeUndefined();
    expect(() => findHandle({}, "corp")).toThrow(/request's oauth object/);
  });

  it("fails the route with provider_unavailable, naming the provider, when the lookup throws", async () => {
    const dance = createDance({
      secret: SECRET,
      providers: {},
      resolveProvider: async () => {
        throw new Error("database unreachable");
      },
    });
    await expect(dance.route(contextAt(dance, "/login/acme"))).rejects.toMatchObject({
      code: "provider_unavailable",
      provider: "acme",
    });
  });
});

describe("a provider chosen by an async function", () => {
  it("sends handle.api calls to the chosen provider's baseUrl, with its headers, bodies intact", async () => {
    const seen: { url: string; header: string | null; body: string }[] = [];
    const fake = fakeProvider({
      users: [{ id: "ann" }],
      api: async (request) => {
        seen.push({
          url: request.url,
          header: request.headers.get("x-api-version"),
          body: await request.text(),
        });
        return Response.json({ ok: true });
      },
    });
    const dance = createDance({
      secret: SECRET,
      fetch: fake.fetch,
      providers: {
        corp: oauth2(async () => ({
          ...fake.endpoints,
          clientId: "app",
          clientSecret: "secret",
          apiHeaders: { "x-api-version": "2" },
        })),
      },
    });
    const ann = await completeDance(dance, { provider: fake, name: "corp", appUrl: "https://app.test" });
    const corp = contextAt(dance, "/", ann.cookies).handle("corp");

    expect(await corp.api.post("items", { json: { name: "one" } }).json()).toEqual({ ok: true });
    await corp.api.get(`${fake.endpoints.baseUrl}items?page=2`, { headers: { "x-api-version": "3" } });
    expect(seen).toEqual([
      { url: `${fake.endpoints.baseUrl}items`, header: "2", body: '{"name":"one"}' },
      { url: `${fake.endpoints.baseUrl}items?page=2`, header: "3", body: "" },
    ]);
  });
});
