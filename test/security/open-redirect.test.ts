// Open redirects: whatever `next`, redirect-ish parameters or Host a request carries, a finished dance stays on the site.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expressTarget, type FuzzTarget, honoTarget, koaTarget, type RawResponse } from "./fuzz-targets.js";

const RUNS = Number(process.env.REDIRECT_RUNS ?? 300);
const SITE = "https://app.test";

/** Pieces browsers and URL parsers disagree about: slashes, backslashes, schemes, whitespace, look-alikes. */
const piece = fc.constantFrom(
  "/",
  "//",
  "\\",
  "/\\",
  "%2F",
  "%5C",
  "%2f%2f",
  "@",
  ":",
  "http:",
  "https:",
  "javascript:",
  "data:",
  "\t",
  "\n",
  " ",
  ".",
  "..",
  "/./",
  "/../",
  "%2e",
  "%2E%2E",
  "evil.example",
  "%09",
  "%0a",
  "\uff0f",
  "\u2215",
  "\u3002",
  "?",
  "#",
  "&",
  "%",
  "%25",
  "a",
);
const next = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(""));
/** Bypasses known to fool naive checks; fast-check runs them first, every time. */
const KNOWN_TRICKS = [
  "//evil.example",
  "/\\evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  "/a/..//evil.example",
  "/\t/evil.example",
  "https:evil.example",
  "/%5Cevil.example",
  "\uff0f\uff0fevil.example",
];
const host = fc.constantFrom("evil.example", "127.0.0.1", "app.test:8080", "evil.example:443", "[::1]");

/** Where a browser on this site goes when it follows `location`. */
function followedOrigin(location: string, from: string): string {
  return new URL(location, from).origin;
}

describe.each([
  ["Express", expressTarget],
  ["Hono", honoTarget],
  ["Koa", koaTarget],
] as const)("open redirects (%s)", (_name, start) => {
  let target: FuzzTarget;
  beforeAll(async () => {
    target = await start();
  });
  afterAll(() => target?.close());

  /** Starts a dance with these login parameters and Host, then comes back from the provider with the same Host. */
  async function dance(query: string, headers: Record<string, string>): Promise<RawResponse> {
    const login = await target.send({ method: "GET", path: `/login/corp?${query}`, headers });
    const pair = login.setCookies
      .find((line) => line.startsWith("oauth-dance.dance."))
      ?.split(";")[0] as string;
    const callback = new URL(target.provider.authorize(login.location as string));
    return target.send({
      method: "GET",
      path: `${callback.pathname}${callback.search}&${query}`,
      headers: { ...headers, cookie: pair },
    });
  }

  it(`ends ${RUNS} dances with random next values and Host headers on this site`, async () => {
    const stored = target.storage.stored.length;
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(next, host, async (value, hostHeader) => {
        cases++;
        const answer = await dance(`next=${encodeURIComponent(value)}`, { host: hostHeader });
        expect(answer.status).toBe(302);
        const location = answer.location as string;
        expect(location.startsWith("/"), location).toBe(true);
        expect(followedOrigin(location, `${SITE}/login/corp/authorized`), location).toBe(SITE);
      }),
      { numRuns: RUNS, examples: KNOWN_TRICKS.map((trick) => [trick, "evil.example"]) },
    );
    // Every case was a completed dance, so each redirect checked is the one after the token was stored.
    expect(cases).toBeGreaterThanOrEqual(RUNS);
    expect(target.storage.stored.length - stored).toBe(cases);
  });

  it("ignores redirect parameters other than next, on the login and on the callback", async () => {
    for (const name of [
      "redirectTo",
      "redirect_to",
      "returnTo",
      "return_to",
      "redirect_uri",
      "continue",
      "url",
    ]) {
      const answer = await dance(`${name}=${encodeURIComponent("https://evil.example/")}`, {});
      expect(answer.location, name).toBe("/");
    }
  });
});
