import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { DanceError } from "../errors.js";
import { createDanceRequest } from "../http/request.js";
import { jira } from "./jira.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";

async function rsaPrivateKeyPem(): Promise<string> {
  const pair = await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 1024,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-1",
    },
    true,
    ["sign", "verify"],
  );
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  return `-----BEGIN PRIVATE KEY-----\n${btoa(String.fromCharCode(...der))}\n-----END PRIVATE KEY-----\n`;
}

/** A fake Jira: hands out a request token and answers API calls; records every request. */
function fakeJira() {
  const calls: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push(request);
    if (request.url.includes("/rest/")) return Response.json({ name: "alice" });
    return new Response("oauth_token=rt&oauth_token_secret=rts&oauth_callback_confirmed=true");
  };
  return { calls, fetch };
}

describe("jira()", () => {
  it("declares the application-link endpoints under the server's URL, RSA-SHA1, and the REST v2 base", () => {
    const { kind, options } = jira({
      baseUrl: "https://example.com/jira/",
      consumerKey: "ck",
      rsaPrivateKey: "pem",
    });
    expect(kind).toBe("oauth1");
    expect(options).toMatchObject({
      clientKey: "ck",
      signatureMethod: "RSA-SHA1",
      requestTokenUrl: "https://example.com/jira/plugins/servlet/oauth/request-token",
      authorizationUrl: "https://example.com/jira/plugins/servlet/oauth/authorize",
      accessTokenUrl: "https://example.com/jira/plugins/servlet/oauth/access-token",
      baseUrl: "https://example.com/jira/rest/api/2/",
      apiHeaders: { "Content-Type": "application/json" },
    });
    expect(options.fromConfig).toBeUndefined();
  });

  it("requires the server's baseUrl", () => {
    expect(() => jira({} as Parameters<typeof jira>[0])).toThrow(DanceError);
    expect(() => jira({} as Parameters<typeof jira>[0])).toThrow("jira().baseUrl: Required");
  });

  it("reads JIRA_CONSUMER_KEY and JIRA_RSA_PRIVATE_KEY from the config source when no consumerKey is given", () => {
    expect(jira({ baseUrl: "https://jira.example.com" }).options.fromConfig).toEqual({
      clientKey: "JIRA_CONSUMER_KEY",
      rsaPrivateKey: "JIRA_RSA_PRIVATE_KEY",
    });
  });

  it("keeps extra API headers beside the JSON content type", () => {
    const { options } = jira({
      baseUrl: "https://jira.example.com",
      consumerKey: "ck",
      rsaPrivateKey: "pem",
      apiHeaders: { "X-Atlassian-Token": "no-check" },
    });
    expect(options.apiHeaders).toEqual({
      "Content-Type": "application/json",
      "X-Atlassian-Token": "no-check",
    });
  });

  it("logs in against the server's request-token and authorize endpoints, signing with the RSA key from config", async () => {
    const fake = fakeJira();
    const dance = createDance({
      secret: SECRET,
      providers: { jira: jira({ baseUrl: "https://jira.example.com" }) },
      fetch: fake.fetch,
    });
    const config = { JIRA_CONSUMER_KEY: "app-link", JIRA_RSA_PRIVATE_KEY: await rsaPrivateKeyPem() };
    const request = createDanceRequest({
      method: "GET",
      url: "/login/jira",
      headers: { host: "app.example" },
    });
    const result = await dance.route(dance.createContext(request, { config }));
    expect(result).toMatchObject({
      type: "redirect",
      location: "https://jira.example.com/plugins/servlet/oauth/authorize?oauth_token=rt",
    });
    expect(fake.calls[0]?.url).toBe("https://jira.example.com/plugins/servlet/oauth/request-token");
    const authorization = fake.calls[0]?.headers.get("authorization") ?? "";
    expect(authorization).toContain('oauth_signature_method="RSA-SHA1"');
    expect(authorization).toContain('oauth_consumer_key="app-link"');
  });

  it("calls the REST API under rest/api/2/ with a JSON content type and an RSA-SHA1 signature", async () => {
    const fake = fakeJira();
    const provider = jira({
      baseUrl: "https://jira.example.com",
      consumerKey: "ck",
      rsaPrivateKey: await rsaPrivateKeyPem(),
    });
    const dance = createDance({ secret: SECRET, providers: { jira: provider }, fetch: fake.fetch });
    const request = createDanceRequest({ method: "GET", url: "/", headers: { host: "app.example" } });
    const handle = dance.createContext(request).handle("jira");
    await handle.setToken({ oauth_token: "at", oauth_token_secret: "ats" });
    expect(await handle.api.get("myself").json()).toEqual({ name: "alice" });
    const call = fake.calls.at(-1);
    expect(call?.url).toBe("https://jira.example.com/rest/api/2/myself");
    expect(call?.headers.get("content-type")).toBe("application/json");
    expect(call?.headers.get("authorization")).toMatch(/oauth_signature_method="RSA-SHA1".*oauth_token="at"/);
  });
});
