// OpenID Connect RP-Initiated Logout against Local ID on every adapter: logging out of the app and of the provider.
import { afterEach, describe, expect, it } from "vitest";
import { drivers } from "../support/drivers/index.js";
import type { Scenario } from "../support/scenario.js";

const running: Scenario[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

const table = drivers.map((driver) => [driver.name, driver] as const);

describe.each(table)("logging out at the provider too (%s, Local ID)", (_name, driver) => {
  it("sends the browser to the end-session page with the ID token, and back to returnTo through a checked state", async () => {
    const app = await driver.start();
    running.push(app);
    const alice = app.browser();
    await alice.visit(`${app.appUrl}/login/corp?as=alice`);
    const { id_token: idToken } = (await alice.json<{ id_token: string }>(`${app.appUrl}/token`)).body;

    const atProvider = await alice.visit(`${app.appUrl}/logout-everywhere`);
    const endSession = new URL(atProvider.url);
    expect(endSession.origin).toBe(app.idp.issuer);
    expect(Object.fromEntries(endSession.searchParams)).toMatchObject({
      id_token_hint: idToken,
      post_logout_redirect_uri: `${app.appUrl}/login/corp/logged-out`,
      state: expect.stringMatching(/^[\w-]{32,}$/),
      client_id: "scenario-app",
    });
    // The app's token is gone before the browser even reaches the provider.
    expect((await alice.json(`${app.appUrl}/token`)).body).toBeNull();

    const back = await alice.submit(atProvider, { logout: "yes" }, "op.logoutForm");
    expect(back.chain).toContain(
      `${app.appUrl}/login/corp/logged-out?state=${endSession.searchParams.get("state")}`,
    );
    expect(back.url).toBe(`${app.appUrl}/plain`);
  });

  it("sends a return with a state it did not issue to the default page, not to the pending returnTo", async () => {
    const app = await driver.start();
    running.push(app);
    const alice = app.browser();
    await alice.visit(`${app.appUrl}/login/corp?as=alice`);
    await alice.visit(`${app.appUrl}/logout-everywhere`);

    const forged = await alice.visit(`${app.appUrl}/login/corp/logged-out?state=not-the-one`, {
      follow: false,
    });
    expect(forged.headers.get("location")).toBe("/");
    // The pending logout is spent: the genuine state no longer leads anywhere but the default either.
  });
});
