import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { createDanceRequest } from "../http/request.js";
import { twitter } from "./twitter.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";

/** Logs in once against a fake X that hands out a request token; returns where the browser is sent. */
async function loginRedirect(provider: ReturnType<typeof twitter>, config?: Record<string, string>) {
  const calls: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(new Request(input, init));
    return new Response("oauth_token=rt&oauth_token_secret=rts&oauth_callback_confirmed=true", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  };
  const dance = createDance({ secret: SECRET, providers: { twitter: provider }, fetch });
  const request = createDanceRequest({
    method: "GET",
    url: "/login/twitter",
    headers: { host: "app.example" },
  });
  const result = await dance.route(dance.createContext(request, { config }));
  if (result.type !== "redirect") throw new Error(`expected a redirect, got ${result.type}`);
  return { location: new URL(result.location), calls };
}

describe("twitter()", () => {
  it("declares X's OAuth 1.0a endpoints, HMAC-SHA1 by default, and the v1.1 API base", () => {
    const { kind, options } = twitter({ clientKey: "k", clientSecret: "s" });
    expect(kind).toBe("oauth1");
    expect(options).toMatchObject({
      requestTokenUrl: "https://api.x.com/oauth/request_token",
      authorizationUrl: "https://api.x.com/oauth/authorize",
      accessTokenUrl: "https://api.x.com/oauth/access_token",
      baseUrl: "https://api.x.com/1.1/",
    });
    expect(options.signatureMethod).toBeUndefined();
    expect(options.fromConfig).toBeUndefined();
  });

  it("uses oauth/authenticate for Sign in with X, and passes force_login and screen_name", async () => {
    const provider = twitter({
      clientKey: "k",
      clientSecret: "s",
      signIn: true,
      forceLogin: true,
      screenName: "alice",
    });
    const { location, calls } = await loginRedirect(provider);
    expect(`${location.origin}${location.pathname}`).toBe("https://api.x.com/oauth/authenticate");
    expect(Object.fromEntries(location.searchParams)).toEqual({
      oauth_token: "rt",
      force_login: "true",
      screen_name: "alice",
    });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(["POST https://api.x.com/oauth/request_token"]);
    expect(calls[0]?.headers.get("authorization")).toMatch(/^OAuth .*oauth_signature_method="HMAC-SHA1"/);
  });

  it("lets the app's own authorizationParams win over the ones the preset derives", () => {
    const { options } = twitter({
      clientKey: "k",
      clientSecret: "s",
      forceLogin: true,
      authorizationParams: { force_login: "false", lang: "fr" },
    });
    expect(options.authorizationParams).toEqual({ force_login: "false", lang: "fr" });
  });

  it("reads TWITTER_API_KEY and TWITTER_API_SECRET from the config source when no clientKey is given", async () => {
    const provider = twitter();
    expect(provider.options.fromConfig).toEqual({
      clientKey: "TWITTER_API_KEY",
      clientSecret: "TWITTER_API_SECRET",
    });
    const { calls } = await loginRedirect(provider, {
      TWITTER_API_KEY: "key-from-env",
      TWITTER_API_SECRET: "s",
    });
    expect(calls[0]?.headers.get("authorization")).toContain('oauth_consumer_key="key-from-env"');
  });

  it("keeps an explicit fromConfig, and reads nothing when a clientKey is given", () => {
    expect(
      twitter({ fromConfig: { clientKey: "MY_KEY", clientSecret: "MY_SECRET" } }).options.fromConfig,
    ).toEqual({
      clientKey: "MY_KEY",
      clientSecret: "MY_SECRET",
    });
    expect(twitter({ clientKey: "k", clientSecret: "s" }).options.fromConfig).toBeUndefined();
  });

  it("lets every endpoint be overridden (tests, proxies)", () => {
    const { options } = twitter({
      clientKey: "k",
      clientSecret: "s",
      requestTokenUrl: "http://127.0.0.1:1/rt",
      baseUrl: "http://127.0.0.1:1/api/",
    });
    expect(options.requestTokenUrl).toBe("http://127.0.0.1:1/rt");
    expect(options.baseUrl).toBe("http://127.0.0.1:1/api/");
  });
});
