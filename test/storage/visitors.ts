// Visitors of a dance for the storage suites: one cookie jar per app user, carried from one request to the next.
import {
  createDance,
  createDanceRequest,
  type Dance,
  oauth2,
  type ProviderHandle,
  type RequestContext,
  type TokenContext,
  type TokenStorage,
} from "@oauth-dance/core";

export const SECRET = "storage-suite-secret-of-at-least-32-chars";
const ANONYMOUS = "\u0000anonymous";

const provider = (name: string) =>
  oauth2({
    clientId: `${name}-client`,
    clientSecret: `${name}-secret`,
    authorizationUrl: `https://${name}.example/authorize`,
    tokenUrl: `https://${name}.example/token`,
  });

/**
 * Every store is asked the way the dance asks it: with a request context whose session is the visitor's cookies.
 * Each app user is a visitor with their own cookie jar (so SessionStorage sees one browser per user), and
 * `config.userId` names the user (so per-user stores see who it is). `nextRequest()` sends the Set-Cookie values
 * back as the next request's cookies, as a browser would.
 */
export class Visitors {
  readonly dance: Dance;
  /** The dance's clock, in milliseconds. */
  now = Date.UTC(2030, 0, 1);
  readonly #jars = new Map<string, Record<string, string>>();
  readonly #requests = new Map<string, RequestContext>();

  constructor(storage: TokenStorage) {
    this.dance = createDance({
      secret: SECRET,
      providers: { github: provider("github"), gitlab: provider("gitlab") },
      storage,
      now: () => this.now,
    });
  }

  /** What a store is given for `user` (undefined: a visitor with no app user) and `provider`. */
  context(user: string | undefined, provider = "github"): TokenContext {
    const request = this.#request(user);
    return {
      provider,
      config: user === undefined ? {} : { userId: user },
      request: request.request,
      native: undefined,
      session: request.session,
    };
  }

  /** The provider's handle in the visitor's current request, with `config.userId` set as an app would. */
  handle(user: string | undefined, provider = "github"): ProviderHandle {
    const handle = this.#request(user).handle(provider);
    if (user !== undefined) handle.config.userId = user;
    return handle;
  }

  /** Ends every visitor's current request: its cookies go into the jar for the next one. */
  nextRequest(): void {
    for (const [user, request] of this.#requests) {
      const jar = this.#jar(user);
      for (const line of request.takeCookies()) {
        const [pair = ""] = line.split(";");
        const eq = pair.indexOf("=");
        const name = pair.slice(0, eq);
        if (/;\s*Max-Age=0/i.test(line)) delete jar[name];
        else jar[name] = pair.slice(eq + 1);
      }
    }
    this.#requests.clear();
  }

  #request(user: string | undefined): RequestContext {
    const key = user ?? ANONYMOUS;
    let request = this.#requests.get(key);
    if (!request) {
      const cookie = Object.entries(this.#jar(key))
        .map(([name, value]) => `${name}=${value}`)
        .join("; ");
      request = this.dance.createContext(
        createDanceRequest({ method: "GET", url: "http://127.0.0.1/", headers: cookie ? { cookie } : {} }),
      );
      this.#requests.set(key, request);
    }
    return request;
  }

  #jar(key: string): Record<string, string> {
    let jar = this.#jars.get(key);
    if (!jar) {
      jar = {};
      this.#jars.set(key, jar);
    }
    return jar;
  }
}
