// The dance's two routes per provider, `{prefix}/{provider}` and `{prefix}/{provider}/authorized`: the one place
// their shape is spelled.

/** A dance route a path is: a provider's login or its callback. */
export interface DanceRoute {
  provider: string;
  step: DanceStepName;
}

/** The steps of a provider's routes. */
export type DanceStepName = "login" | "callback" | "logged-out" | "backchannel-logout";

const CALLBACK = "/authorized";
/** Where the provider sends the browser back after a federated logout (OpenID Connect RP-Initiated Logout). */
const LOGGED_OUT = "/logged-out";
/** Where the provider POSTs logout tokens, server to server (OpenID Connect Back-Channel Logout). */
const BACKCHANNEL_LOGOUT = "/backchannel-logout";
/** What a provider's name may be made of (`createDance` checks declared names against the same). */
export const PROVIDER_NAME = /^[A-Za-z0-9_-]+$/;

export class DancePaths {
  /** The path the routes live under ("/login", or "" for the root). */
  readonly prefix: string;
  readonly #providers: ReadonlySet<string>;
  readonly #anyName: boolean;

  /** `anyName`: providers are also looked up at run time, so any well-formed name may be one. */
  constructor(prefix: string, providers: Iterable<string>, { anyName = false } = {}) {
    this.prefix = prefix;
    this.#providers = new Set(providers);
    this.#anyName = anyName;
  }

  /**
   * Which dance route a path is, or undefined (unknown providers and other paths are the app's). With providers
   * looked up at run time, a route for a name nobody declared may still turn out not to be a provider's.
   */
  match(pathname: string): DanceRoute | undefined {
    if (!this.isDanceRoute(pathname)) return undefined;
    const rest = pathname.slice(this.prefix.length + 1);
    const slash = rest.indexOf("/");
    const provider = slash === -1 ? rest : rest.slice(0, slash);
    if (!this.#providers.has(provider) && !(this.#anyName && PROVIDER_NAME.test(provider))) return undefined;
    if (slash === -1) return { provider, step: "login" };
    const step = rest.slice(slash);
    if (step === CALLBACK) return { provider, step: "callback" };
    if (step === LOGGED_OUT) return { provider, step: "logged-out" };
    return step === BACKCHANNEL_LOGOUT ? { provider, step: "backchannel-logout" } : undefined;
  }

  /** Whether the path is under the dance's prefix (where a login URL carries no `next` back). */
  isDanceRoute(pathname: string): boolean {
    return pathname.startsWith(`${this.prefix}/`);
  }

  loginPath(provider: string): string {
    return `${this.prefix}/${provider}`;
  }

  callbackPath(provider: string): string {
    return `${this.loginPath(provider)}${CALLBACK}`;
  }

  loggedOutPath(provider: string): string {
    return `${this.loginPath(provider)}${LOGGED_OUT}`;
  }

  backchannelLogoutPath(provider: string): string {
    return `${this.loginPath(provider)}${BACKCHANNEL_LOGOUT}`;
  }
}
