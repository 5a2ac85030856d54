import { describe, expect, it } from "vitest";
import { DanceError } from "../errors.js";
import { createDanceRequest } from "../http/request.js";
import { type ProviderRequest, perRequest } from "../provider.js";
import { github } from "../providers/github.js";
import { okta } from "../providers/okta.js";
import { Sealer } from "../session/seal.js";
import { oauth2 } from "./oauth2/oauth2.js";
import { ProviderDirectory, type ProviderDirectoryOptions } from "./provider-directory.js";

const deps = { sealer: new Sealer(["a-test-secret-that-is-32-chars-long"]), timeout: 10 };

function requestTo(host: string): ProviderRequest {
  const request = createDanceRequest({
    method: "GET",
    url: "/",
    headers: {},
    baseUrl: `https://${host}`,
    cookies: {},
  });
  return { request, config: undefined, native: undefined };
}

/** An issuer per tenant, the tenant being the first label of the app's host. */
const tenantIssuer = oauth2(({ request }) => ({
  issuer: `https://${request.url.hostname.split(".")[0]}.id.example`,
  clientId: "app",
  clientSecret: "secret",
}));

function directory(options: Partial<ProviderDirectoryOptions> & { providers?: Record<string, never> } = {}) {
  let now = Date.UTC(2026, 0, 1);
  const made = new ProviderDirectory(
    { corp: tenantIssuer, github: github({ clientId: "gh", clientSecret: "s" }) },
    { deps, now: () => now, ...options },
  );
  return { made, advance: (ms: number) => (now += ms) };
}

describe("ProviderDirectory", () => {
  it("gives a fixed provider the same runtime every request, with no binding", () => {
    const { made } = directory();
    const first = made.resolve("github", requestTo("a.app.example"));
    expect(first).toBe(made.resolve("github", requestTo("b.app.example")));
    expect(made.isChosenPerRequest("github")).toBe(false);
  });

  it("prepares one runtime per distinct result, without waiting when the function does not", () => {
    const { made } = directory();
    const a = made.resolve("corp", requestTo("a.app.example"));
    expect(a).not.toBeInstanceOf(Promise);
    expect(made.resolve("corp", requestTo("a.app.example"))).toBe(a);
    const b = made.resolve("corp", requestTo("b.app.example"));
    expect(b).not.toBe(a);
    if (!a || a instanceof Promise || !b || b instanceof Promise) throw new Error("expected runtimes");
    expect(a.bindingOf(a.clientFor(undefined))).toEqual({ issuer: "https://a.id.example", clientId: "app" });
    expect(b.bindingOf(b.clientFor(undefined))).toEqual({ issuer: "https://b.id.example", clientId: "app" });
  });

  it("keeps at most `max` prepared providers and forgets them after `ttl` seconds of the dance's clock", () => {
    const { made, advance } = directory({ cache: { max: 2, ttl: 60 } });
    const a = made.resolve("corp", requestTo("a.app.example"));
    made.resolve("corp", requestTo("b.app.example"));
    expect(made.resolve("corp", requestTo("a.app.example"))).toBe(a);
    made.resolve("corp", requestTo("c.app.example"));
    // b was the least recently used: gone; a stayed.
    expect(made.resolve("corp", requestTo("a.app.example"))).toBe(a);
    advance(61_000);
    expect(made.resolve("corp", requestTo("a.app.example"))).not.toBe(a);
  });

  it("waits for an async choice, and presets accept a function of the request too", async () => {
    const made = new ProviderDirectory(
      {
        corp: okta(async ({ request }) => ({
          domain: `${request.url.hostname.split(".")[0]}.okta.example`,
          clientId: "c",
        })),
      },
      { deps, now: () => 0 },
    );
    const runtime = await made.resolve("corp", requestTo("acme.app.example"));
    expect(runtime?.options).toMatchObject({ issuer: "https://acme.okta.example" });
  });

  it("asks resolveProvider for undeclared names only, and passes on a name it does not know", async () => {
    const asked: string[] = [];
    const made = new ProviderDirectory(
      { github: github({ clientId: "gh", clientSecret: "s" }) },
      {
        deps,
        now: () => 0,
        resolveProvider: async (name) => {
          asked.push(name);
          return name === "acme" ? oauth2({ issuer: "https://acme.example", clientId: "x" }) : undefined;
        },
      },
    );
    expect(made.resolvesAtRunTime).toBe(true);
    await made.resolve("github", requestTo("app.example"));
    expect(await made.resolve("nobody", requestTo("app.example"))).toBeUndefined();
    const acme = await made.resolve("acme", requestTo("app.example"));
    expect(acme?.name).toBe("acme");
    expect(await made.resolve("acme", requestTo("app.example"))).toBe(acme);
    expect(asked).toEqual(["nobody", "acme", "acme"]);
  });

  it("waits for a thenable that is not a Promise, as some database clients return", async () => {
    const made = new ProviderDirectory(
      {},
      {
        deps,
        now: () => 0,
        resolveProvider: () =>
          ({
            // biome-ignore lint/suspicious/noThenProperty: a thenable that is not a Promise is what this test is about.
            then: (resolve: (provider: unknown) => void) =>
              resolve(oauth2({ issuer: "https://acme.example", clientId: "x" })),
          }) as unknown as Promise<undefined>,
      },
    );
    expect((await made.resolve("acme", requestTo("app.example")))?.name).toBe("acme");
  });

  it("resolves a per-request provider that resolveProvider returns", async () => {
    const made = new ProviderDirectory({}, { deps, now: () => 0, resolveProvider: () => tenantIssuer });
    const runtime = await made.resolve("any", requestTo("z.app.example"));
    expect(runtime?.options).toMatchObject({ issuer: "https://z.id.example" });
  });

  it("names the provider when the function throws, returns no provider, or returns bad options", async () => {
    const made = new ProviderDirectory(
      {
        down: oauth2(async () => {
          throw new Error("database unreachable");
        }),
        odd: perRequest(() => ({}) as never),
        bad: oauth2(() => ({ issuer: "not a url", clientId: "x" })),
      },
      { deps, now: () => 0 },
    );
    const down = await Promise.resolve(made.resolve("down", requestTo("app.example"))).catch(
      (e: unknown) => e,
    );
    expect(down).toBeInstanceOf(DanceError);
    expect(down).toMatchObject({ code: "provider_unavailable", provider: "down" });
    expect((down as DanceError).cause).toMatchObject({ message: "database unreachable" });
    expect(() => made.resolve("odd", requestTo("app.example"))).toThrow(
      /providers\.odd: its function must return a provider/,
    );
    expect(() => made.resolve("bad", requestTo("app.example"))).toThrow(/providers\.bad\.issuer/);
  });
});
