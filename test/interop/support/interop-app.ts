// The app every interop suite drives: one provider, served in memory through dance.fetch, with a clock it controls.
import {
  createDance,
  type DanceError,
  type DanceOptions,
  danceRequestFromWeb,
  MemoryStorage,
  type Provider,
  toWebResponse,
} from "@oauth-dance/core";
import { Browser } from "../../support/browser.js";

/** Where the app answers: no socket listens there, the browser reaches it in memory. */
export const APP_ORIGIN = "http://127.0.0.1:9";
export const PROVIDER = "idp";
export const CALLBACK_URL = `${APP_ORIGIN}/login/${PROVIDER}/authorized`;
const SECRET = "interop-suite-secret-Vq7LmX2cR9tB4wN8kJ3pZ6h";

export interface InteropApp {
  /** A fresh browser that reaches the app (and, over the network, the server). */
  browser(): Browser;
  /** The tokens, kept where the test can reach them. */
  storage: MemoryStorage;
  /** Every error the dance reported to its error hook. */
  errors: DanceError[];
  /** Why the token changed, in order (the tokenUpdated hook's reasons). */
  updates: string[];
  /** Moves the app's clock past the expiry of the tokens it holds (the server still takes them). */
  passTokenExpiry(seconds?: number): void;
}

/**
 * The app's routes, over the one provider's handle: `/me` (GET `path` through `handle.api`; `/me-query` and
 * `/me-form` with query or form parameters), `/profile`,
 * `/token`, `/status`, `/error` (`takeError()`), `/logout`.
 */
export function startInteropApp(
  provider: Provider,
  apiPath: string,
  options: Partial<DanceOptions> = {},
): InteropApp {
  let ahead = 0;
  const errors: DanceError[] = [];
  const updates: string[] = [];
  const storage = new MemoryStorage();
  const dance = createDance({
    secret: SECRET,
    storage,
    now: () => Date.now() + ahead,
    ...options,
    on: {
      error: ({ error }) => void errors.push(error),
      tokenUpdated: ({ reason }) => void updates.push(reason),
      ...options.on,
    },
    providers: { [PROVIDER]: provider },
  });
  const routes: Record<string, (handle: NonNullable<ReturnType<typeof handleOf>>) => Promise<unknown>> = {
    "/me": (handle) => handle.api.get(apiPath.replace(/^\//, "")).json(),
    // Query and form parameters are part of an OAuth 1 signature: these make the server check them.
    "/me-query": (handle) =>
      handle.api.get(apiPath.replace(/^\//, ""), { searchParams: { q: "a b&c=d/é", n: "1" } }).json(),
    "/me-form": (handle) =>
      handle.api
        .post(apiPath.replace(/^\//, ""), { body: new URLSearchParams({ note: "x y+z", list: "1,2" }) })
        .json(),
    "/profile": (handle) => handle.profile(),
    "/token": async (handle) => (await handle.token()) ?? null,
    "/status": async (handle) => ({ authorized: await handle.authorized(), status: await handle.status() }),
    "/error": async (handle) => (await handle.takeError()) ?? null,
    "/logout": async (handle) => {
      await handle.logout();
      return { loggedOut: true };
    },
  };
  const handleOf = (context: ReturnType<typeof dance.createContext>) => context.oauth[PROVIDER];
  const serve = async (url: URL, init: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    const context = dance.createContext(danceRequestFromWeb(request), { native: request });
    const result = await dance.route(context);
    if (result.type !== "pass") return toWebResponse(result);
    const route = routes[url.pathname];
    const handle = handleOf(context);
    if (!route || !handle) return new Response("not found", { status: 404 });
    let response: Response;
    try {
      response = Response.json(await route(handle));
    } catch (error) {
      const { code, error: providerError } = error as DanceError;
      response = Response.json({ code: code ?? "http", error: providerError ?? null }, { status: 409 });
    }
    for (const cookie of context.takeCookies()) response.headers.append("set-cookie", cookie);
    return response;
  };
  return {
    browser: () => new Browser({ [APP_ORIGIN]: serve }),
    storage,
    errors,
    updates,
    passTokenExpiry(seconds = 24 * 60 * 60) {
      ahead += seconds * 1000;
    },
  };
}
