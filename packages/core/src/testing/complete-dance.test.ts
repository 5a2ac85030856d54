import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { createDanceRequest } from "../http/request.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import { github } from "../providers/github.js";
import { google } from "../providers/google.js";
import { completeDance } from "./complete-dance.js";
import { fakeProvider } from "./fake-provider.js";

const SECRET = "a-test-secret-that-is-32-chars-long";
const octocat = { id: "583231", login: "octocat", name: "The Octocat", email: "octocat@example.com" };

/** The handles of one app request made with `cookies`, as an adapter would build them. */
function requestWith(dance: ReturnType<typeof createDance>, cookies: Record<string, string>) {
  const request = createDanceRequest({
    method: "GET",
    url: "/",
    headers: {},
    baseUrl: "http://localhost",
    cookies,
  });
  return dance.createContext(request).oauth;
}

describe("completeDance", () => {
  it("logs a test user in through a preset pointed at the fake, after which handle.api reaches the fake as them", async () => {
    const fake = fakeProvider({ users: [octocat], clientId: "id", clientSecret: "secret" });
    const dance = createDance({
      secret: SECRET,
      providers: { github: github({ clientId: "id", clientSecret: "secret", ...fake.endpoints }) },
      fetch: fake.fetch,
    });

    const done = await completeDance(dance, { provider: fake });

    expect(done.location).toBe("/");
    expect(done.error).toBeUndefined();
    expect(done.token).toMatchObject({
      access_token: expect.stringMatching(/^at-/),
      token_type: expect.stringMatching(/^bearer$/i),
    });
    const oauth = requestWith(dance, done.cookies);
    expect(await oauth.github?.authorized()).toBe(true);
    expect(await oauth.github?.api.get("user").json()).toMatchObject({
      login: "octocat",
      name: "The Octocat",
    });
    expect(done.cookieHeader).toMatch(/^oauth-dance\./);
  });

  it("completes an OpenID Connect dance whose ID token openid-client checks (issuer, audience, nonce)", async () => {
    const fake = fakeProvider({ users: [{ id: "ann", name: "Ann", email: "ann@example.com" }] });
    const dance = createDance({
      secret: SECRET,
      providers: { google: google({ clientId: "gid", clientSecret: "gsecret", ...fake.endpoints }) },
      fetch: fake.fetch,
    });

    const { token } = await completeDance(dance, { provider: fake, user: "ann" });

    const [, payload = ""] = String(token?.id_token).split(".");
    const claims = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    expect(claims).toMatchObject({ iss: fake.origin, sub: "ann", aud: "gid", email: "ann@example.com" });
    expect(claims.nonce).toEqual(expect.any(String));
  });

  it("serves OpenID Connect discovery, so a provider declared with only an issuer works too", async () => {
    const fake = fakeProvider();
    const dance = createDance({
      secret: SECRET,
      providers: {
        corp: oauth2({ issuer: fake.origin, clientId: "c", clientSecret: "s", scope: ["openid"] }),
      },
      fetch: fake.fetch,
    });
    const { token } = await completeDance(dance, { provider: fake });
    expect(token?.id_token).toEqual(expect.any(String));
  });

  it("records access_denied, stores nothing, and still sends the browser back to the app", async () => {
    const fake = fakeProvider();
    const dance = createDance({
      secret: SECRET,
      providers: { github: github({ clientId: "id", clientSecret: "secret", ...fake.endpoints }) },
      fetch: fake.fetch,
    });

    const done = await completeDance(dance, { provider: fake, deny: true, next: "/settings" });

    expect(done.token).toBeUndefined();
    expect(done.error).toMatchObject({ code: "provider_error", error: "access_denied", provider: "github" });
    expect(done.location).toBe("/settings");
  });

  it("asks for the provider's name when several providers point at the fake, and uses the one named", async () => {
    const fake = fakeProvider();
    const dance = createDance({
      secret: SECRET,
      providers: {
        a: oauth2({ clientId: "a", ...fake.endpoints }),
        b: oauth2({ clientId: "b", ...fake.endpoints }),
      },
      fetch: fake.fetch,
    });
    await expect(completeDance(dance, { provider: fake })).rejects.toThrow(/pass `name`.*a, b do/);
    const done = await completeDance(dance, { provider: fake, name: "b" });
    expect(await requestWith(dance, done.cookies).b?.authorized()).toBe(true);
    expect(await requestWith(dance, done.cookies).a?.authorized()).toBe(false);
  });
});
