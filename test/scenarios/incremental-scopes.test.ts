// Incremental authorization against a real authorization server (Local ID), on every adapter: a login URL that asks
// for more scopes, and the token the server grants for them.
import { afterEach, describe, expect, it } from "vitest";
import { drivers } from "../support/drivers/index.js";
import type { Scenario } from "../support/scenario.js";

const running: Scenario[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

const table = drivers.map((driver) => [driver.name, driver] as const);

describe.each(table)("more scopes later (%s, Local ID)", (_name, driver) => {
  it("asks for the new scopes with the ones granted before, and stores what the server granted", async () => {
    const app = await driver.start({ provider: { scope: ["openid"], optionalScopes: ["email", "profile"] } });
    running.push(app);
    const alice = app.browser();

    await alice.visit(`${app.appUrl}/login/corp?as=alice`);
    expect((await alice.json<{ scope: string }>(`${app.appUrl}/token`)).body.scope).toBe("openid");

    const asked = await alice.visit(`${app.appUrl}/login/corp?scope=email&as=alice`, { follow: false });
    expect(new URL(asked.headers.get("location") as string).searchParams.get("scope")).toBe("openid email");
    await alice.visit(`${app.appUrl}/login/corp?scope=email&as=alice`);
    const token = (await alice.json<{ scope: string }>(`${app.appUrl}/token`)).body;
    expect(token.scope.split(" ").sort()).toEqual(["email", "openid"]);
    // The server's API sees the new grant on the token the app now sends.
    const me = (await alice.json<{ scope: string }>(`${app.appUrl}/me`)).body;
    expect(me.scope.split(" ").sort()).toEqual(["email", "openid"]);
  });

  it("refuses a scope the provider's options do not allow, without going to the server", async () => {
    const app = await driver.start({ provider: { scope: ["openid"], optionalScopes: ["email"] } });
    running.push(app);
    const alice = app.browser();
    const refused = await alice.visit(`${app.appUrl}/login/corp?scope=offline_access&as=alice`, {
      follow: false,
    });
    expect(refused.headers.get("location")).toBe("/");
    expect((await alice.json(`${app.appUrl}/error`)).body).toMatchObject({ code: "scope_not_allowed" });
  });
});
