// Every OAuth 1.0a preset against the OAuth 1.0a simulator: its documented endpoints, parameters and answers, and
// signatures the simulator verifies with its own code.
import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { parseCookieHeader } from "../http/cookies.js";
import { createDanceRequest } from "../http/request.js";
import type { Provider } from "../provider.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import * as presets from "./index.js";
import { OAUTH1_CASE_FILES, OAUTH1_CASES } from "./test-support/oauth1-cases/index.js";
import {
  CONSUMER_KEY,
  CONSUMER_SECRET,
  type OAuth1PresetCase,
  OAuth1Simulator,
} from "./test-support/oauth1-simulator.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
const simulator = new OAuth1Simulator();

/** A PEM key for the RSA-SHA1 presets, made once. */
const rsaKey = (async () => {
  const pair = (await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-1",
    },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair;
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  const base64 = btoa(String.fromCharCode(...der)).replace(/.{64}/g, "$&\n");
  return `-----BEGIN PRIVATE KEY-----\n${base64}\n-----END PRIVATE KEY-----\n`;
})();

async function danceWith(testCase: OAuth1PresetCase) {
  simulator.use(testCase);
  const { id } = testCase.preset.info;
  const build = testCase.preset as unknown as (options: Record<string, unknown>) => Provider;
  const rsa = testCase.signatureMethod === "RSA-SHA1" ? { rsaPrivateKey: await rsaKey } : {};
  const provider = build({
    clientKey: CONSUMER_KEY,
    clientSecret: CONSUMER_SECRET,
    ...rsa,
    ...testCase.options,
  });
  const dance = createDance({
    secret: SECRET,
    providers: { [id]: provider },
    fetch: simulator.fetch,
    storage: new MemoryStorage(),
  });
  const jar: Record<string, string> = {};
  async function get(path: string) {
    const request = createDanceRequest({
      method: "GET",
      url: path,
      headers: { host: "app.example" },
      cookies: { ...jar },
    });
    const context = dance.createContext(request);
    const result = await dance.route(context);
    for (const line of result.type === "pass" ? [] : result.cookies) {
      const [name, value] = Object.entries(parseCookieHeader(line.split(";")[0]))[0] ?? [];
      if (name !== undefined) jar[name] = value as string;
    }
    return { result, handle: context.handle(id) };
  }
  return {
    async login(): Promise<URL> {
      const { result } = await get(`/login/${id}`);
      if (result.type !== "redirect") throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
      return new URL(result.location);
    },
    async authorize() {
      await this.login();
      const { result } = await get(`/login/${id}/authorized?${simulator.authorize()}`);
      expect(simulator.problems).toEqual([]);
      expect(result).toMatchObject({ type: "redirect" });
      // A failed exchange is recorded in a cookie the callback sets: the next request reads it.
      const after = (await get("/")).handle;
      expect(await after.takeError()).toBeUndefined();
      return after;
    },
  };
}

describe.each(
  OAUTH1_CASES.map((testCase) => [testCase.title ?? testCase.preset.info.name, testCase] as const),
)("%s", (_name, testCase) => {
  it("asks for a request token as documented, signed, and redirects to the documented page", async () => {
    const url = await (await danceWith(testCase)).login();
    expect(simulator.problems).toEqual([]);
    expect(url.origin + url.pathname).toBe(testCase.authorize.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      oauth_token: "request-token-789",
      ...testCase.authorize.params,
    });
  });

  it("exchanges the verifier for an access token, signed with the request token's secret, and keeps the answer", async () => {
    const handle = await (await danceWith(testCase)).authorize();
    expect(await handle.token()).toMatchObject({
      oauth_token: "access-token-123",
      oauth_token_secret: "access-secret-456",
      ...testCase.accessToken.expect,
    });
  });

  if (testCase.profile) {
    const profile = testCase.profile;
    it("maps the documented user payload onto the profile, through a signed API call", async () => {
      const handle = await (await danceWith(testCase)).authorize();
      const read = await handle.profile();
      expect(simulator.problems).toEqual([]);
      const { id: userId, ...fields } = profile.expected;
      expect(read).toEqual({ id: String(userId), ...fields, raw: profile.answer });
    });
  }
});

describe("the OAuth 1.0a presets", () => {
  it("each have a case file of their own", () => {
    const oauth1 = Object.entries(presets as unknown as Record<string, unknown>)
      .filter(([, value]) => typeof value === "function" && "info" in (value as object))
      .filter(([, preset]) => {
        const info = (preset as { info: { example?: object } }).info;
        return (
          (preset as (options: object) => Provider)({ clientKey: "k", clientId: "k", ...info.example })
            .kind === "oauth1"
        );
      })
      .map(([name]) => name)
      .sort();
    expect(Object.keys(OAUTH1_CASE_FILES).sort()).toEqual(oauth1);
    for (const [file, cases] of Object.entries(OAUTH1_CASE_FILES)) {
      for (const testCase of cases) expect(testCase.preset.info.id).toBe(file);
    }
  });
});

describe("an OAuth 1.0a preset chosen per request", () => {
  it("takes a function of the request, like the OAuth 2 presets", async () => {
    const [testCase] = OAUTH1_CASE_FILES.trello as OAuth1PresetCase[];
    simulator.use(testCase as OAuth1PresetCase);
    const { trello } = presets;
    const dance = createDance({
      secret: SECRET,
      fetch: simulator.fetch,
      providers: {
        trello: trello(({ request }) => ({
          clientKey: CONSUMER_KEY,
          clientSecret: CONSUMER_SECRET,
          appName: request.url.hostname,
        })),
      },
    });
    const request = createDanceRequest({
      method: "GET",
      url: "/login/trello",
      headers: { host: "acme.example" },
    });
    const result = await dance.route(dance.createContext(request));
    if (result.type !== "redirect") throw new Error("expected the login redirect");
    expect(new URL(result.location).searchParams.get("name")).toBe("acme.example");
    expect(simulator.problems).toEqual([]);
  });
});
