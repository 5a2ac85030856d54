// Cookie tossing and seal swapping: what a sibling subdomain, or a holder of one genuine seal, can make of it.
import { createDance, type Dance, oauth2, type Provider } from "@oauth-dance/core";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { mountHonoApp } from "../support/drivers/hono-app.js";
import { prepareScenario, type Scenario, SECRET, scenarioOf } from "../support/scenario.js";

/** An https app, served in memory: over https the dance's cookies get the __Host- prefix. */
const SITE = "https://app.test";
const HOST = "app.test";

let running: Scenario | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(providers?: (corp: Provider) => Record<string, Provider>): Promise<Scenario> {
  const { idp, idps, dance: corpOnly } = await prepareScenario(SITE, {});
  const dance: Dance = providers
    ? createDance({
        secret: SECRET,
        providers: providers(corpOnly.providers.corp as Provider),
        on: {
          beforeLogin: ({ url, request }) =>
            url.searchParams.set("login_hint", request.url.searchParams.get("as") ?? ""),
        },
      })
    : corpOnly;
  const app = new Hono();
  mountHonoApp(app, dance, {});
  running = scenarioOf({
    appUrl: SITE,
    idp,
    idps,
    dance,
    fetch: async (url, init) => app.request(url, init),
    async close() {},
  });
  return running;
}

/** Goes to the provider and back up to, not into, the callback. */
async function toCallback(browser: Browser, user: string): Promise<string> {
  const visit = await browser.visit(`${SITE}/login/corp?as=${user}`, {
    stopAt: (url) => url.pathname.endsWith("/authorized"),
  });
  return visit.chain.at(-1) as string;
}

const danceCookieOf = (browser: Browser) =>
  Object.entries(browser.cookies(HOST)).find(([name]) => name.includes("oauth-dance.dance.")) as [
    string,
    string,
  ];

describe("cookie tossing from a sibling subdomain (https app)", () => {
  it("names every dance cookie __Host- and sends it Secure, Path=/, without Domain", async () => {
    const app = await start();
    const login = await app.browser().visit(`${SITE}/login/corp?as=alice`, { follow: false });
    const [line] = login.headers.getSetCookie();
    expect(line).toMatch(/^__Host-oauth-dance\.dance\.\w+=Fe26\.2\*/);
    expect(line).toMatch(/; Path=\/;/);
    expect(line).toMatch(/; Secure/);
    expect(line).not.toMatch(/Domain=/i);
  });

  it("ignores a genuine dance cookie of the attacker's planted under a name a sibling can set (login CSRF)", async () => {
    const app = await start();
    const attacker = app.browser();
    const attackersCallback = await toCallback(attacker, "bob");
    const [name, value] = danceCookieOf(attacker);
    // A sibling subdomain can set `oauth-dance.dance.x` for the whole site, never `__Host-oauth-dance.dance.x`.
    const victim = app.browser();
    victim.setCookie(HOST, name.replace(/^__Host-/, ""), value);
    await victim.visit(attackersCallback);
    expect((await victim.json(`${SITE}/me`)).status).toBe(401);
    expect((await victim.json(`${SITE}/error`)).body).toMatchObject({ code: "state_mismatch" });
  });

  it("does not let a token cookie planted by a sibling shadow the victim's own", async () => {
    const app = await start();
    const attacker = app.browser();
    await attacker.visit(`${SITE}/login/corp?as=bob`);
    const victim = app.browser();
    await victim.visit(`${SITE}/login/corp?as=alice`);
    const attackersToken = attacker.cookies(HOST)["__Host-oauth-dance.token.corp"] as string;
    expect(attackersToken).toMatch(/^Fe26\.2\*/);
    victim.setCookie(HOST, "oauth-dance.token.corp", attackersToken);
    expect((await victim.json<{ sub: string }>(`${SITE}/me`)).body.sub).toBe("alice");
  });

  it("refuses cookie.domain unless the prefix is given up knowingly", () => {
    const provider = oauth2({ issuer: "https://id.example", clientId: "c" });
    expect(() =>
      createDance({ secret: SECRET, providers: { p: provider }, cookie: { domain: "example.com" } }),
    ).toThrow(
      /cookie\.domain: cannot be set while Secure cookies are named __Host- \(the default\): set cookie\.hostPrefix: false/,
    );
    expect(() =>
      createDance({ secret: SECRET, providers: { p: provider }, cookie: { path: "/app" } }),
    ).toThrow(/cookie\.path: cannot be set/);
    expect(() =>
      createDance({
        secret: SECRET,
        providers: { p: provider },
        cookie: { domain: "example.com", hostPrefix: false },
      }),
    ).not.toThrow();
  });
});

describe("seals open only under the name they were made for", () => {
  it("does not read one provider's token seal as another provider's token", async () => {
    const app = await start((corp) => ({ corp, other: corp }));
    const browser = app.browser();
    await browser.visit(`${SITE}/login/corp?as=alice`);
    const [name, corpToken] = Object.entries(browser.cookies(HOST)).find(([cookie]) =>
      cookie.endsWith("oauth-dance.token.corp"),
    ) as [string, string];
    browser.setCookie(HOST, name.replace(/corp$/, "other"), corpToken);
    const handles = app.dance.createContext({
      method: "GET",
      url: new URL(`${SITE}/`),
      headers: {},
      cookies: browser.cookies(HOST),
    }).oauth;
    expect(await handles.corp?.authorized()).toBe(true);
    expect(await handles.other?.authorized()).toBe(false);
  });
});
