import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import { parseCookieHeader } from "../http/cookies.js";
import { createDanceRequest } from "../http/request.js";
import type { Provider } from "../provider.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import * as presets from "./index.js";
import { CASE_FILES, CASES } from "./test-support/cases/index.js";
import { OAUTH1_CASE_FILES } from "./test-support/oauth1-cases/index.js";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  type PresetCase,
  ProviderSimulator,
} from "./test-support/provider-simulator.js";

const SECRET = "unit-test-secret-Qm2LxW8pZc6YhN0bKs4J";
/** Enough of a PEM key for the options check; nothing is signed on the way to the login redirect. */
const PEM_PLACEHOLDER = "-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----";
/** Presets over OAuth 1.0a, whose cases the OAuth 1.0a simulator runs (oauth1-presets.test.ts). */
const OAUTH1 = new Set(Object.keys(OAUTH1_CASE_FILES));
/** Files in test-support/cases/ that hold no preset's cases. */
const NOT_CASE_FILES = new Set(["index.ts", "shared.ts"]);

/** The slice of node:fs/promises this test uses (loaded at run time: the core has no Node typings). */
interface NodeFs {
  readdir(path: URL): Promise<string[]>;
}
const NODE_FS = "node:fs/promises";

const simulator = new ProviderSimulator();
beforeAll(() => simulator.start());
afterAll(() => simulator.stop());

/** A dance with one preset, whose requests all go to the simulator; keeps cookies between requests. */
function danceWith(testCase: PresetCase, options: Record<string, unknown> = {}, credentials = true) {
  simulator.use(testCase);
  const { id } = testCase.preset.info;
  const build = testCase.preset as unknown as (options: Record<string, unknown>) => Provider;
  const passed = credentials ? { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } : {};
  const provider = build({ ...passed, ...testCase.options, ...options });
  const storage = new MemoryStorage();
  const dance = createDance({
    secret: SECRET,
    providers: { [id]: provider },
    fetch: simulator.fetch,
    storage,
  });
  const jar: Record<string, string> = {};
  async function send(method: string, path: string, form?: URLSearchParams, config?: Record<string, string>) {
    const request = createDanceRequest({
      method,
      url: path,
      headers: { host: "app.example" },
      cookies: { ...jar },
    });
    if (form) request.readForm = async () => form;
    const context = dance.createContext(request, { config });
    const result = await dance.route(context);
    for (const line of result.type === "pass" ? [] : result.cookies) {
      const [name, value] = Object.entries(parseCookieHeader(line.split(";")[0]))[0] ?? [];
      if (name !== undefined) jar[name] = value as string;
    }
    return { result, handle: context.handle(id) };
  }
  async function login(config?: Record<string, string>): Promise<URL> {
    const { result } = await send("GET", `/login/${id}`, undefined, config);
    if (result.type !== "redirect") throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
    return new URL(result.location);
  }
  /** Logs in, lets the simulator authorize, and returns to the callback; resolves to the handle afterwards. */
  async function authorize() {
    const callback = simulator.authorize(await login());
    const path = `/login/${id}/authorized`;
    const { result } = testCase.token.formPost
      ? await send("POST", path, callback)
      : await send("GET", `${path}?${callback}`);
    expect(simulator.problems).toEqual([]);
    expect(result).toMatchObject({ type: "redirect", location: "/" });
    // A failed exchange is recorded in a cookie the callback sets: the next request reads it.
    const after = (await send("GET", "/")).handle;
    expect(await after.takeError()).toBeUndefined();
    return after;
  }
  return { login, authorize };
}

function expectedParams(testCase: PresetCase, extra: Record<string, string | null> = {}) {
  const params: Record<string, unknown> = { ...testCase.authorize.params };
  for (const [name, value] of Object.entries(extra)) {
    if (value === null) delete params[name];
    else params[name] = value;
  }
  params.state = expect.stringMatching(/^[\w-]{32,}$/);
  params.redirect_uri = `http://app.example/login/${testCase.preset.info.id}/authorized`;
  if (testCase.authorize.pkce) {
    params.code_challenge = expect.stringMatching(/^[\w-]{43}$/);
    params.code_challenge_method = "S256";
  }
  if (testCase.authorize.nonce) params.nonce = expect.stringMatching(/^[\w-]{32,}$/);
  return params;
}

describe.each(CASES.map((testCase) => [testCase.title ?? testCase.preset.info.name, testCase] as const))(
  "%s",
  (_name, testCase) => {
    const { id } = testCase.preset.info;

    it("redirects to the documented endpoint with exactly the documented parameters", async () => {
      const url = await danceWith(testCase).login();
      expect(url.origin + url.pathname).toBe(testCase.authorize.url);
      expect(url.hash).toBe(testCase.authorize.hash ?? "");
      expect(Object.fromEntries(url.searchParams)).toEqual(expectedParams(testCase));
    });

    for (const variant of testCase.variants ?? []) {
      it(`maps ${JSON.stringify(variant.options)} to ${JSON.stringify(variant.params)} on the redirect`, async () => {
        const url = await danceWith(testCase, variant.options).login();
        expect(Object.fromEntries(url.searchParams)).toEqual(expectedParams(testCase, variant.params));
      });
    }

    it("exchanges the code as documented (method, encoding, client authentication) and keeps the answer", async () => {
      const handle = await danceWith(testCase).authorize();
      expect(await handle.token()).toMatchObject(testCase.token.expect);
    });

    it("maps the documented user payload onto the profile", async () => {
      const handle = await danceWith(testCase).authorize();
      const profile = await handle.profile();
      expect(simulator.problems).toEqual([]);
      const { id: userId, ...fields } = testCase.profile.expected;
      expect(profile).toEqual({ id: String(userId), ...fields, raw: expect.anything() });
      if (testCase.profile.answer !== undefined) expect(profile.raw).toEqual(testCase.profile.answer);
    });

    it(`reads its credentials from ${id.toUpperCase()}_CLIENT_ID and friends when no client id is passed`, async () => {
      const build = testCase.preset as unknown as (options: Record<string, unknown>) => Provider;
      const keys = testCase.fromConfig ?? {
        clientId: `${id.toUpperCase()}_CLIENT_ID`,
        clientSecret: `${id.toUpperCase()}_CLIENT_SECRET`,
      };
      expect(build({ ...testCase.options }).options.fromConfig).toEqual(keys);
      expect(build({ clientId: "explicit", ...testCase.options }).options.fromConfig).toBeUndefined();
      const config = Object.fromEntries(
        Object.values(keys).map((key) => [
          key,
          key.endsWith("PRIVATE_KEY") ? PEM_PLACEHOLDER : `from-${key}`,
        ]),
      );
      const url = await danceWith(testCase, {}, false).login(config);
      const clientIdParam = Object.keys(testCase.authorize.params).find(
        (name) => testCase.authorize.params[name] === CLIENT_ID,
      );
      expect(url.searchParams.get(clientIdParam ?? "client_id")).toBe(config[keys.clientId ?? ""]);
    });
  },
);

describe("the preset table", () => {
  it("has a documented case for every OAuth 2 preset, in a case file of its own", async () => {
    const exported = Object.keys(presets).filter((name) => !OAUTH1.has(name));
    const fs = (await import(/* @vite-ignore */ NODE_FS)) as NodeFs;
    const files = (await fs.readdir(new URL("./test-support/cases/", import.meta.url)))
      .filter((file) => file.endsWith(".ts") && !NOT_CASE_FILES.has(file))
      .map((file) => file.slice(0, -".ts".length));
    expect(
      exported.filter((name) => !files.includes(name)),
      "presets without a case file test-support/cases/<preset>.ts",
    ).toEqual([]);
    expect(
      files.filter((file) => !(file in CASE_FILES)),
      "case files that test-support/cases/index.ts does not gather",
    ).toEqual([]);
    const misfiled = Object.entries(CASE_FILES).flatMap(([file, cases]) =>
      cases
        .filter((testCase) => testCase.preset.info.id !== file)
        .map((testCase) => `${testCase.preset.info.id} in ${file}.ts`),
    );
    expect(misfiled, "cases outside their preset's case file").toEqual([]);

    const tested = new Set(CASES.map((testCase) => testCase.preset.info.id));
    expect(exported.filter((name) => !tested.has(name))).toEqual([]);
    expect(exported.length + OAUTH1.size).toBeGreaterThanOrEqual(240);
  });
});
