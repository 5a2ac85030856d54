// OpenID Connect Back-Channel Logout against Local ID on every adapter: the provider ends a user's tokens in the app.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { Browser } from "../support/browser.js";
import { drivers } from "../support/drivers/index.js";
import type { Scenario } from "../support/scenario.js";

const running: Scenario[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

const table = drivers.map((driver) => [driver.name, driver] as const);
const EVENT = "http://schemas.openid.net/event/backchannel-logout";

async function tokenOf(app: Scenario, browser: Browser): Promise<unknown> {
  return (await browser.json(`${app.appUrl}/token`)).body;
}

/** POSTs a logout token to the app's back-channel logout route, as the provider would. */
function postLogoutToken(app: Scenario, token: string): Promise<Response> {
  return app.fetch(new URL(`${app.appUrl}/login/corp/backchannel-logout`), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ logout_token: token }),
  });
}

/** The claims of a logout token Local ID would send for `sub`, to this app, now. */
function logoutClaims(app: Scenario, sub: string): Record<string, unknown> {
  return {
    iss: app.idp.issuer,
    aud: "scenario-app",
    iat: Math.floor(Date.now() / 1000),
    jti: randomUUID(),
    sub,
    events: { [EVENT]: {} },
  };
}

describe.each(table)("back-channel logout (%s, Local ID)", (_name, driver) => {
  it("logs out the user the provider logged out, and only them", async () => {
    const app = await driver.start({ backchannelLogout: true });
    running.push(app);
    const alice = app.browser();
    const bob = app.browser();
    await alice.visit(`${app.appUrl}/login/corp?as=alice`);
    await bob.visit(`${app.appUrl}/login/corp?as=bob`);
    expect(await tokenOf(app, alice)).toMatchObject({ access_token: expect.any(String) });
    expect(await tokenOf(app, bob)).toMatchObject({ access_token: expect.any(String) });

    // Alice signs out at the provider itself, on its own logout page.
    const logoutPage = await alice.visit(`${app.idp.issuer}/session/end`);
    await alice.submit(logoutPage, { logout: "yes" }, "op.logoutForm");
    // The provider answers the logout page only once every logout token it sent has been answered.
    expect(app.idp.backchannelLogouts).toEqual([
      { clientId: "scenario-app", accountId: "alice", sid: expect.any(String), ok: true },
    ]);

    expect(await tokenOf(app, alice)).toBeNull();
    expect(await tokenOf(app, bob)).toMatchObject({ access_token: expect.any(String) });
  });

  it("refuses forged, replayed, wrongly addressed and nonce-carrying logout tokens, deleting nothing", async () => {
    const app = await driver.start({ backchannelLogout: true });
    running.push(app);
    const bob = app.browser();
    await bob.visit(`${app.appUrl}/login/corp?as=bob`);
    const before = (await tokenOf(app, bob)) as { access_token: string };
    expect(before).toMatchObject({ access_token: expect.any(String) });

    const { idp } = app;
    const refused = {
      forged: await idp.signLogoutToken(logoutClaims(app, "bob"), { forged: true }),
      "for another client": await idp.signLogoutToken({ ...logoutClaims(app, "bob"), aud: "other-app" }),
      "from another issuer": await idp.signLogoutToken({
        ...logoutClaims(app, "bob"),
        iss: "http://127.0.0.1:1",
      }),
      "carrying a nonce": await idp.signLogoutToken({ ...logoutClaims(app, "bob"), nonce: "n-0S6_WzA2Mj" }),
    };
    for (const [what, token] of Object.entries(refused)) {
      const answer = await postLogoutToken(app, token);
      expect(answer.status, what).toBe(400);
      expect(answer.headers.get("cache-control"), what).toBe("no-store");
      expect(await answer.json(), what).toMatchObject({ error: "invalid_request" });
    }

    // A genuine token for someone else is accepted once, then refused as a replay.
    const genuine = await idp.signLogoutToken(logoutClaims(app, "carol"));
    const first = await postLogoutToken(app, genuine);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(await first.text()).toBe("");
    const replayed = await postLogoutToken(app, genuine);
    expect(replayed.status).toBe(400);
    expect(await replayed.json()).toEqual({
      error: "invalid_request",
      error_description: "the token was already used",
    });

    expect(await tokenOf(app, bob)).toMatchObject({ access_token: before.access_token });
  });

  it("leaves the route to the app for a provider that has not enabled it", async () => {
    const app = await driver.start();
    running.push(app);
    const idp = app.idp;
    const answer = await postLogoutToken(app, await idp.signLogoutToken(logoutClaims(app, "bob")));
    expect(answer.status).toBe(404);
  });
});
