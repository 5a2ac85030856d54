// logout({ federated: true }): the end-session redirect, the logged-out route's state check, and a failed revocation.
import { describe, expect, it } from "vitest";
import { createDance } from "../dance.js";
import type { DanceError } from "../errors.js";
import { createDanceRequest } from "../http/request.js";
import { oauth2 } from "../protocols/oauth2/oauth2.js";
import { MemoryStorage } from "../storage/memory-storage.js";
import { fakeProvider } from "../testing/fake-provider.js";

const SECRET = "a-test-secret-that-is-32-chars-long";
const END_SESSION = "https://provider.test/logout";

function setUp(options: { endSession?: boolean; revoke?: "fails" } = {}) {
  const fake = fakeProvider({ users: [{ id: "ann" }] });
  const errors: DanceError[] = [];
  const storage = new MemoryStorage({ access_token: "at", token_type: "Bearer", id_token: "the.id.token" });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new Request(input, init).url;
    if (options.revoke === "fails" && url.endsWith("/revoke")) throw new TypeError("fetch failed");
    return fake.fetch(input, init);
  };
  const dance = createDance({
    secret: SECRET,
    storage,
    fetch,
    on: { error: ({ error }) => void errors.push(error) },
    providers: {
      corp: oauth2({
        ...fake.endpoints,
        clientId: "app",
        clientSecret: "secret",
        ...(options.endSession === false ? {} : { endSessionUrl: END_SESSION }),
      }),
    },
  });
  const cookies: Record<string, string> = {};
  function context(url: string) {
    return dance.createContext(
      createDanceRequest({ method: "GET", url, headers: {}, baseUrl: "https://app.test", cookies }),
    );
  }
  function keep(setCookies: readonly string[]) {
    for (const line of setCookies) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      cookies[pair.slice(0, at)] = pair.slice(at + 1);
    }
  }
  return { dance, storage, errors, context, keep };
}

describe("a federated logout", () => {
  it("forgets the token, then sends the browser to the end-session endpoint, and back to returnTo on a matching state", async () => {
    const { dance, storage, context, keep } = setUp();
    const page = context("/account");
    const url = new URL(await page.oauth.corp.logout({ federated: true, returnTo: "/goodbye" }));
    keep(page.takeCookies());
    expect(url.origin + url.pathname).toBe(END_SESSION);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: "app",
      id_token_hint: "the.id.token",
      post_logout_redirect_uri: "https://app.test/login/corp/logged-out",
      state: expect.stringMatching(/^[\w-]{32,}$/),
    });
    expect(await storage.get({ provider: "corp", config: {} } as never)).toBeUndefined();

    const back = await dance.route(context(`/login/corp/logged-out?state=${url.searchParams.get("state")}`));
    expect(back).toMatchObject({ type: "redirect", location: "/goodbye" });
  });

  it("never sends a return with another state to returnTo, and spends the pending logout", async () => {
    const { dance, context, keep } = setUp();
    const page = context("/account");
    const url = new URL(await page.oauth.corp.logout({ federated: true, returnTo: "/goodbye" }));
    keep(page.takeCookies());
    const forged = await dance.route(context("/login/corp/logged-out?state=forged"));
    expect(forged).toMatchObject({ type: "redirect", location: "/" });
    if (forged.type === "pass") throw new Error("expected a redirect");
    keep(forged.cookies);
    const late = await dance.route(context(`/login/corp/logged-out?state=${url.searchParams.get("state")}`));
    expect(late).toMatchObject({ type: "redirect", location: "/" });
  });

  it("answers returnTo itself at a provider without an end-session endpoint, and refuses an off-site returnTo", async () => {
    const { context } = setUp({ endSession: false });
    expect(await context("/").oauth.corp.logout({ federated: true, returnTo: "/goodbye" })).toBe("/goodbye");
    expect(await context("/").oauth.corp.logout({ federated: true, returnTo: "//evil.example" })).toBe("/");
  });

  it("tells the error hook a revocation failed, and forgets the token all the same", async () => {
    const { storage, errors, context } = setUp({ revoke: "fails" });
    await context("/").oauth.corp.logout();
    expect(errors).toMatchObject([{ code: "revocation_failed", provider: "corp", step: "logout" }]);
    expect(await storage.get({ provider: "corp", config: {} } as never)).toBeUndefined();
  });
});
