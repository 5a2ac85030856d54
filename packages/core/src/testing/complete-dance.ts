// completeDance(): a whole login, as a browser would go through it, for a test user of a fake provider.

import type { Dance } from "../dance.js";
import type { DanceErrorInfo } from "../errors.js";
import { parseCookieHeader } from "../http/cookies.js";
import { createDanceRequest } from "../http/request.js";
import type { DanceResult } from "../http/result.js";
import type { ConfigSource } from "../options/from-config.js";
import type { DeclaredProvider } from "../provider.js";
import type { Token } from "../token.js";
import type { FakeProvider } from "./fake-provider.js";

export interface CompleteDanceOptions {
  /** The fake provider that plays the user's part on its authorization page. */
  provider: FakeProvider;
  /** The user's id at the fake. Default: its first user. */
  user?: string;
  /** Refuse instead of approving (`error=access_denied`). */
  deny?: boolean;
  /** The provider's name in `createDance({ providers })`. Default: the one whose endpoints are the fake's. */
  name?: string;
  /** The app's public origin. Default `http://localhost`. */
  appUrl?: string;
  /** The login URL's `next`. */
  next?: string;
  /** Cookies the browser has already (your app's own session). */
  cookies?: Record<string, string>;
  /** Handed to hooks and stores as the framework's request object (`native`), for per-user stores. */
  native?: unknown;
  /** Where `fromConfig` reads from. */
  config?: ConfigSource;
}

export interface CompletedDance {
  /** The cookies the browser holds at the end. Send them with your app's requests. */
  cookies: Record<string, string>;
  /** The same cookies as a `Cookie` header value. */
  cookieHeader: string;
  /** Where the app sent the browser at the end of the dance. */
  location: string;
  /** The token the app stored for this browser, if the dance succeeded. */
  token: Token | undefined;
  /** What the dance recorded when it failed (`handle.takeError()`). */
  error: DanceErrorInfo | undefined;
}

/**
 * Runs a login through the dance's own routes (login, the fake's authorization page, callback) without any
 * framework or socket, and returns the cookies a browser would then hold. The dance must use `provider.fetch`.
 *
 * @throws Error when a route does not answer as a dance does (a hook answered instead of redirecting), or when
 * no provider, or several, point at the fake and `name` is not given.
 * @example
 * const { cookieHeader, token } = await completeDance(dance, { provider: fake, user: "alice" });
 * const response = await request(app).get("/").set("Cookie", cookieHeader); // supertest, or app.request() on Hono
 */
export async function completeDance<P extends Record<string, DeclaredProvider>>(
  dance: Pick<Dance<P>, "createContext" | "route" | "providers" | "prefix">,
  options: CompleteDanceOptions,
): Promise<CompletedDance> {
  const name = options.name ?? providerNameOf(dance.providers, options.provider);
  const appUrl = new URL(options.appUrl ?? "http://localhost").origin;
  const cookies: Record<string, string> = { ...options.cookies };
  const contextOptions = {
    ...(options.native !== undefined ? { native: options.native } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
  };

  async function get(path: string): Promise<DanceResult & { type: "redirect" }> {
    const request = createDanceRequest({ method: "GET", url: path, headers: {}, baseUrl: appUrl, cookies });
    const result = await dance.route(dance.createContext(request, contextOptions));
    if (result.type !== "redirect") {
      throw new Error(`completeDance: GET ${path} answered with a ${result.type}, not the dance's redirect`);
    }
    applySetCookies(cookies, result.cookies);
    return result;
  }

  const next = options.next === undefined ? "" : `?next=${encodeURIComponent(options.next)}`;
  const login = await get(`${dance.prefix}/${name}${next}`);
  const choice = {
    ...(options.user !== undefined ? { user: options.user } : {}),
    deny: options.deny ?? false,
  };
  const callback = new URL(options.provider.authorize(login.location, choice));
  if (callback.origin !== appUrl) {
    throw new Error(`completeDance: the provider returned to ${callback.origin}, not the app at ${appUrl}`);
  }
  const end = await get(callback.pathname + callback.search);

  // Read what the app now has for this browser, in a request of its own whose cookie changes are dropped.
  const request = createDanceRequest({ method: "GET", url: "/", headers: {}, baseUrl: appUrl, cookies });
  const handle = dance.createContext(request, contextOptions).handle(name);
  const token = await handle.token();
  const error = await handle.takeError();
  return { cookies, cookieHeader: cookieHeaderOf(cookies), location: end.location, token, error };
}

function providerNameOf(providers: Readonly<Record<string, DeclaredProvider>>, fake: FakeProvider): string {
  const names = Object.entries(providers)
    .filter(([, provider]) => {
      // A provider chosen per request cannot be matched without a request: such dances pass `name`.
      if (provider.kind === "per-request") return false;
      const options = provider.options as { authorizationUrl?: string; issuer?: string };
      return [options.authorizationUrl, options.issuer].some((url) => url?.startsWith(fake.origin));
    })
    .map(([name]) => name);
  if (names.length !== 1) {
    const found = names.length === 0 ? "none does" : `${names.join(", ")} do`;
    throw new Error(`completeDance: pass \`name\`: one provider should point at ${fake.origin}, ${found}`);
  }
  return names[0] as string;
}

/** Applies Set-Cookie values as a browser does: a `Max-Age=0` (or past `Expires`) deletes the cookie. */
function applySetCookies(jar: Record<string, string>, setCookies: readonly string[]): void {
  for (const line of setCookies) {
    const [pair = "", ...attributes] = line.split(";");
    const [cookieName, value] = Object.entries(parseCookieHeader(pair))[0] ?? [];
    if (cookieName === undefined || value === undefined) continue;
    const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(attribute));
    if (expired) delete jar[cookieName];
    else jar[cookieName] = value;
  }
}

function cookieHeaderOf(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}
