import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";

const dance = createDance({
  secret: "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J",
  providers: {
    acme: oauth2({
      clientId: "cid",
      authorizationUrl: "https://provider.example/authorize",
      tokenUrl: "https://provider.example/token",
    }),
    configured: oauth2({
      authorizationUrl: "https://provider.example/authorize",
      tokenUrl: "https://provider.example/token",
      fromConfig: { clientId: "CONFIGURED_ID" },
    }),
  },
});

function redirectUriOf(response: Response | undefined): string | null {
  return new URL(response?.headers.get("location") as string).searchParams.get("redirect_uri");
}

describe("dance.fetch", () => {
  it("answers the login route with a redirect and the dance cookie", async () => {
    const response = await dance.fetch(new Request("http://app.example:8080/login/acme"));
    expect(response?.status).toBe(302);
    expect(redirectUriOf(response)).toBe("http://app.example:8080/login/acme/authorized");
    expect(response?.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^oauth-dance\.dance\.\S+=Fe26\.2\*.*; HttpOnly; SameSite=Lax$/),
    ]);
    expect(await response?.text()).toBe("");
  });

  it("returns undefined for a request that is not a dance route, so the app can answer it", async () => {
    for (const request of [
      new Request("http://app.example/"),
      new Request("http://app.example/login/unknown"),
      new Request("http://app.example/login/acme/elsewhere"),
      new Request("http://app.example/login/acme", { method: "POST" }),
    ]) {
      expect(await dance.fetch(request)).toBeUndefined();
    }
  });

  it("works unbound, as runtimes call a fetch handler", async () => {
    const { fetch } = dance;
    expect((await fetch(new Request("https://app.example/login/acme")))?.status).toBe(302);
  });

  it("marks the cookie Secure when the request's URL is https", async () => {
    const response = await dance.fetch(new Request("https://app.example/login/acme"));
    expect(response?.headers.get("set-cookie")).toMatch(/; Secure; SameSite=Lax$/);
  });

  it("reads X-Forwarded-* only with trustProxy, and prefers baseUrl over both", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "public.example" };
    const request = () => new Request("http://10.0.0.5:3000/login/acme?next=%2Fhere", { headers });
    expect(redirectUriOf(await dance.fetch(request()))).toBe("http://10.0.0.5:3000/login/acme/authorized");
    expect(redirectUriOf(await dance.fetch(request(), { trustProxy: true }))).toBe(
      "https://public.example/login/acme/authorized",
    );
    expect(
      redirectUriOf(await dance.fetch(request(), { trustProxy: true, baseUrl: "https://base.example" })),
    ).toBe("https://base.example/login/acme/authorized");
  });

  it("falls back to the URL's host behind a trusted proxy that forwards only the scheme", async () => {
    const request = new Request("http://internal:3000/login/acme", {
      headers: { "x-forwarded-proto": "https" },
    });
    expect(redirectUriOf(await dance.fetch(request, { trustProxy: true }))).toBe(
      "https://internal:3000/login/acme/authorized",
    );
  });

  it("reads fromConfig values from the config option, and fails naming the missing key without one", async () => {
    const request = () => new Request("http://app.example/login/configured");
    const response = await dance.fetch(request(), { config: { CONFIGURED_ID: "from-env" } });
    expect(new URL(response?.headers.get("location") as string).searchParams.get("client_id")).toBe(
      "from-env",
    );
    await expect(dance.fetch(request())).rejects.toMatchObject({ code: "missing_config" });
  });
});

describe("dance.handles", () => {
  it("gives a Web Request's handles, and the Set-Cookie values their changes make, each once", async () => {
    const request = new Request("http://app.example/dashboard");
    const { oauth, cookies } = dance.handles(request);
    expect(await oauth.acme?.authorized()).toBe(false);
    expect(oauth.acme?.loginUrl).toBe("/login/acme?next=%2Fdashboard");
    expect(cookies()).toEqual([]);
    await oauth.acme?.setToken({ access_token: "t" });
    const set = cookies();
    expect(set).toEqual([expect.stringMatching(/^oauth-dance\.token\.acme=Fe26\.2\*/)]);
    expect(cookies()).toEqual([]);
    // The next request carries the cookie: the handle sees the token.
    const next = dance.handles(
      new Request("http://app.example/dashboard", {
        headers: { cookie: (set[0] as string).split(";")[0] as string },
      }),
    );
    expect(await next.oauth.acme?.token()).toMatchObject({ access_token: "t" });
  });

  it("reads fromConfig from the config option, as dance.fetch does", () => {
    const without = dance.handles(new Request("http://app.example/"));
    expect(() => without.oauth.configured?.api).toThrow(/CONFIGURED_ID/);
    const configured = dance.handles(new Request("http://app.example/"), { config: { CONFIGURED_ID: "x" } });
    expect(typeof configured.oauth.configured?.api.get).toBe("function");
  });
});
