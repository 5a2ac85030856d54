// Mix-up and redirect-URI defences against a real server: RFC 9207 `iss`, and the redirect_uri never taken from Host.
import { afterEach, describe, expect, it, vi } from "vitest";
import { expressDriver } from "../support/drivers/express.js";
import type { Scenario, ScenarioOptions } from "../support/scenario.js";
import { rawGet } from "./raw-request.js";

const running: Scenario[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

async function start(options?: ScenarioOptions): Promise<Scenario> {
  const scenario = await expressDriver.start(options);
  running.push(scenario);
  return scenario;
}

describe("mix-up and redirect URI (Express, Local ID)", () => {
  it("refuses a callback whose iss was stripped or names another issuer (RFC 9207), before any code is exchanged", async () => {
    const error = vi.fn();
    const app = await start({ dance: { on: { error } } });
    const discovery = await (await fetch(`${app.idp.issuer}/.well-known/openid-configuration`)).json();
    expect(discovery.authorization_response_iss_parameter_supported).toBe(true);
    for (const change of [
      (url: URL) => url.searchParams.delete("iss"),
      (url: URL) => url.searchParams.set("iss", "https://evil.example"),
      (url: URL) => url.searchParams.set("iss", `${app.idp.issuer}/`),
    ]) {
      const browser = app.browser();
      const toCallback = await browser.visit(`${app.appUrl}/login/corp?as=alice`, {
        stopAt: (url) => url.pathname.endsWith("/authorized"),
      });
      const callback = new URL(toCallback.chain.at(-1) as string);
      expect(callback.searchParams.get("iss")).toBe(app.idp.issuer);
      change(callback);
      expect((await browser.visit(callback.href)).url).toBe(`${app.appUrl}/`);
      expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
    }
    expect(error.mock.calls.map(([event]) => event.error.code)).toEqual([
      "token_exchange_failed",
      "token_exchange_failed",
      "token_exchange_failed",
    ]);
    expect(app.idp.stats.tokenRequests.authorization_code).toBeUndefined();
  });

  it("exchanges the code with the redirect_uri of the authorization request, whatever Host the callback arrives with", async () => {
    const app = await start();
    const browser = app.browser();
    const toCallback = await browser.visit(`${app.appUrl}/login/corp?as=alice`, {
      stopAt: (url) => url.pathname.endsWith("/authorized"),
    });
    const answer = await rawGet(toCallback.chain.at(-1) as string, { host: "evil.example" }, browser);
    expect(answer).toMatchObject({ status: 302, location: "/" });
    expect(app.idp.stats.tokenRequests.authorization_code).toBe(1);
    const token = answer.setCookies.find((line) => line.startsWith("oauth-dance.token.corp="));
    expect(token).toBeDefined();
  });

  it("sends a login reached through a forged Host to the provider with a redirect_uri the provider refuses outright", async () => {
    const app = await start();
    const login = await rawGet(`${app.appUrl}/login/corp?as=alice`, { host: "evil.example" });
    const authorization = new URL(login.location as string);
    expect(authorization.origin).toBe(app.idp.issuer);
    expect(authorization.searchParams.get("redirect_uri")).toBe("http://evil.example/login/corp/authorized");
    const visit = await app.browser().visit(authorization.href, { follow: false });
    expect(visit.status).toBe(400);
    expect(visit.headers.get("location")).toBeNull();
    expect(visit.body).toMatch(/redirect_uri/);
  });
});
