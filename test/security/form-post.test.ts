// response_mode=form_post on every adapter: the provider's cross-site POST completes the dance, and only its dance cookie is SameSite=None.
import { afterEach, describe, expect, it, vi } from "vitest";
import { drivers } from "../support/drivers/index.js";
import type { Scenario, ScenarioOptions } from "../support/scenario.js";
import { formOf, submitForm } from "./form-post.js";

const running: Scenario[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((scenario) => scenario.close()));
});

describe.each(drivers.map((driver) => [driver.name, driver] as const))(
  "form_post callbacks (%s, Local ID)",
  (_name, driver) => {
    async function start(options: ScenarioOptions = {}): Promise<Scenario> {
      const scenario = await driver.start({
        ...options,
        provider: { responseMode: "form_post", ...options.provider },
      });
      running.push(scenario);
      return scenario;
    }

    it("completes the dance from the provider's POST; the dance cookie is SameSite=None; Secure, the token cookie Lax", async () => {
      const app = await start();
      const browser = app.browser();
      const login = await browser.visit(`${app.appUrl}/login/corp?as=alice`, { follow: false });
      const authorization = new URL(login.headers.get("location") as string);
      expect(authorization.searchParams.get("response_mode")).toBe("form_post");
      const danceCookie = login.headers.getSetCookie().find((line) => line.startsWith("oauth-dance.dance."));
      expect(danceCookie).toMatch(/; HttpOnly; Secure; SameSite=None$/);

      const page = await browser.visit(authorization.href);
      const form = formOf(page);
      expect(form.action).toBe(`${app.appUrl}/login/corp/authorized`);
      expect(form.fields.map(([name]) => name).sort()).toEqual(["code", "iss", "state"]);
      const { answer, ended } = await submitForm(browser, app, form);
      expect(answer.status).toBe(302);
      expect(answer.headers.getSetCookie().find((line) => line.startsWith("oauth-dance.token."))).toMatch(
        /SameSite=Lax$/,
      );
      expect(ended?.url).toBe(`${app.appUrl}/`);
      expect((await browser.json<{ sub: string }>(`${app.appUrl}/me`)).body.sub).toBe("alice");
    });

    it("refuses a POSTed form without the provider's iss, or with another issuer's, before exchanging the code", async () => {
      const error = vi.fn();
      const app = await start({ dance: { on: { error } } });
      for (const iss of [undefined, "https://evil.example"]) {
        const browser = app.browser();
        const page = await browser.visit(`${app.appUrl}/login/corp?as=alice`);
        const form = formOf(page);
        form.fields = form.fields.filter(([name]) => name !== "iss");
        if (iss) form.fields.push(["iss", iss]);
        const { ended } = await submitForm(browser, app, form);
        expect(ended?.url).toBe(`${app.appUrl}/`);
        expect((await browser.json(`${app.appUrl}/me`)).status).toBe(401);
      }
      expect(error.mock.calls.map(([event]) => event.error.code)).toEqual([
        "token_exchange_failed",
        "token_exchange_failed",
      ]);
      expect(app.idp.stats.tokenRequests.authorization_code).toBeUndefined();
    });
  },
);
