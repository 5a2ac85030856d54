// One provider name, an issuer per tenant (two Local IDs) chosen per request, and providers looked up at run time:
// run unchanged on every adapter's driver.
import { oauth2, type Provider } from "@oauth-dance/core";
import type { LocalIdServer } from "@oauth-dance/local-id";
import { afterEach, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { drivers } from "../support/drivers/index.js";
import type { Scenario, ScenarioOptions } from "../support/scenario.js";

const running: Scenario[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

/** An issuer that cannot be reached: nothing listens on port 1 of the loopback. */
const DOWN = "http://127.0.0.1:1";

/** The tenant is the app's `tenant` cookie (an organisation the user picked): a, b, or c whose issuer is down. */
function tenantCorp(idps: readonly LocalIdServer[]) {
  return oauth2(({ request }) => {
    const tenant = request.cookies.tenant ?? "a";
    const idp = tenant === "b" ? idps[1] : idps[0];
    return {
      issuer: tenant === "c" ? DOWN : (idp as LocalIdServer).issuer,
      clientId: "scenario-app",
      clientSecret: "scenario-secret",
      scope: ["openid", "email", "profile"],
      baseUrl: (idp as LocalIdServer).apiUrl,
    };
  });
}

function browserAt(app: Scenario, tenant: string): Browser {
  const browser = app.browser();
  browser.setCookie(new URL(app.appUrl).hostname, "tenant", tenant);
  return browser;
}

const table = drivers.map((driver) => [driver.name, driver] as const);

describe.each(table)("an issuer per tenant behind one provider name (%s, two Local IDs)", (_name, driver) => {
  async function start(options: ScenarioOptions = {}): Promise<Scenario> {
    const scenario = await driver.start({ tenants: 2, corp: tenantCorp, ...options });
    running.push(scenario);
    return scenario;
  }

  it("logs users of each tenant in at their own issuer concurrently, and never uses one tenant's token with the other", async () => {
    const app = await start();
    const [tenantA, tenantB] = app.idps as [LocalIdServer, LocalIdServer];
    const alice = browserAt(app, "a");
    const bob = browserAt(app, "b");

    await Promise.all([
      alice.visit(`${app.appUrl}/login/corp?as=alice`),
      bob.visit(`${app.appUrl}/login/corp?as=bob`),
    ]);

    expect((await alice.json(`${app.appUrl}/me`)).body).toMatchObject({ sub: "alice" });
    expect((await bob.json(`${app.appUrl}/me`)).body).toMatchObject({ sub: "bob" });
    const aliceToken = (await alice.json<Record<string, string>>(`${app.appUrl}/token`)).body;
    expect(aliceToken.oauth_dance_issuer).toBe(tenantA.issuer);
    expect((await bob.json<Record<string, string>>(`${app.appUrl}/token`)).body.oauth_dance_issuer).toBe(
      tenantB.issuer,
    );
    expect(tenantA.stats.tokenRequests.authorization_code).toBe(1);
    expect(tenantB.stats.tokenRequests.authorization_code).toBe(1);

    // Alice's browser now names tenant b: her tenant-a token is not hers there, and is sent nowhere.
    alice.setCookie(new URL(app.appUrl).hostname, "tenant", "b");
    const there = await alice.json<{ login?: string }>(`${app.appUrl}/me`);
    expect(there.status).toBe(401);
    expect((await alice.json(`${app.appUrl}/token`)).body).toBeNull();
    expect(await tenantB.isLive(aliceToken.access_token as string)).toBe(false);
    alice.setCookie(new URL(app.appUrl).hostname, "tenant", "a");
    expect((await alice.json(`${app.appUrl}/me`)).body).toMatchObject({ sub: "alice" });
  });

  it("refuses a dance started at tenant A and finished while the request resolves to tenant B, exchanging nothing", async () => {
    const app = await start();
    const [tenantA, tenantB] = app.idps as [LocalIdServer, LocalIdServer];
    const alice = browserAt(app, "a");
    const callbackPath = "/login/corp/authorized";

    const atProvider = await alice.visit(`${app.appUrl}/login/corp?as=alice`, {
      stopAt: (url) => url.pathname.endsWith(callbackPath),
    });
    const callback = atProvider.chain.at(-1) as string;
    expect(new URL(callback).searchParams.get("code")).toBeTruthy();

    alice.setCookie(new URL(app.appUrl).hostname, "tenant", "b");
    const end = await alice.visit(callback);
    expect(end.status).toBeLessThan(500);
    expect((await alice.json(`${app.appUrl}/error`)).body).toMatchObject({ code: "state_mismatch" });
    expect(tenantA.stats.tokenRequests.authorization_code ?? 0).toBe(0);
    expect(tenantB.stats.tokenRequests.authorization_code ?? 0).toBe(0);
    expect((await alice.json(`${app.appUrl}/token`)).body).toBeNull();
  });

  it("keeps a tenant whose issuer is down from affecting the others", async () => {
    const app = await start();
    const carol = browserAt(app, "c");
    await carol.visit(`${app.appUrl}/login/corp?as=alice`);
    expect((await carol.json(`${app.appUrl}/error`)).body).toMatchObject({ code: "discovery_failed" });

    const alice = browserAt(app, "a");
    await alice.visit(`${app.appUrl}/login/corp?as=alice`);
    expect((await alice.json(`${app.appUrl}/me`)).body).toMatchObject({ sub: "alice" });
  });
});

describe.each(table)("providers looked up at run time (%s, Local ID)", (_name, driver) => {
  it("serves a provider added to the database on the next request, refuses it once removed, and passes unknown names", async () => {
    const database = new Map<string, Provider>();
    const app = await driver.start({
      callbackNames: ["acme"],
      dance: { resolveProvider: async (name) => database.get(name) },
    });
    running.push(app);
    const alice = app.browser();

    expect((await alice.visit(`${app.appUrl}/login/acme`, { follow: false })).status).toBe(404);
    database.set(
      "acme",
      oauth2({
        issuer: app.idp.issuer,
        clientId: "scenario-app",
        clientSecret: "scenario-secret",
        scope: ["openid", "email", "profile"],
        baseUrl: app.idp.apiUrl,
      }),
    );
    await alice.visit(`${app.appUrl}/login/acme?as=alice`);
    expect((await alice.json(`${app.appUrl}/found/me?provider=acme`)).body).toMatchObject({ sub: "alice" });

    database.delete("acme");
    expect((await alice.visit(`${app.appUrl}/login/acme`, { follow: false })).status).toBe(404);
    expect((await alice.json(`${app.appUrl}/found/me?provider=acme`)).status).toBe(404);
    expect((await alice.visit(`${app.appUrl}/login/nobody`, { follow: false })).status).toBe(404);
    // The declared provider is untouched by all this.
    expect((await alice.visit(`${app.appUrl}/login/corp`, { follow: false })).status).toBe(302);
  });
});
