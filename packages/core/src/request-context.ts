// One request's view of the dance: its session cookies, its provider handles, and the route it may be.

import { type HandleScope, ProviderHandle } from "./handle/provider-handle.js";
import type { TokenRefresher } from "./handle/token-refresher.js";
import type { CookieFlags } from "./http/cookies.js";
import type { DanceRequest } from "./http/request.js";
import type { DanceLogger } from "./logger.js";
import type { DanceHooks } from "./options/dance-options.js";
import type { ConfigSource } from "./options/from-config.js";
import type { ProviderRuntime } from "./protocols/provider-runtime.js";
import type { Provider } from "./provider.js";
import type { Sealer } from "./session/seal.js";
import { SessionCookies } from "./session/session-cookies.js";
import type { TokenStorage } from "./storage/token-storage.js";

/** What `createDance` prepared once, shared by every request. */
export interface DanceInternals {
  runtimes: ReadonlyMap<string, ProviderRuntime>;
  sealer: Sealer;
  storage: TokenStorage;
  prefix: string;
  redirectTo: string | undefined;
  hooks: DanceHooks;
  logger: DanceLogger;
  cookie: {
    name: string;
    secure: boolean | undefined;
    hostPrefix: boolean;
    domain: string | undefined;
    path: string;
  };
  fetch: typeof fetch | undefined;
  timeout: number;
  now: () => number;
  createHandles: (context: RequestContext) => Handles;
  refresher: TokenRefresher;
}

/** The handles of a request, one per declared provider, each created on first use. */
export type Handles<P extends Record<string, Provider> = Record<string, Provider>> = {
  readonly [K in keyof P]: ProviderHandle;
};

export interface ContextOptions {
  /** The framework's own request object, handed to hooks and stores. */
  native?: unknown;
  /** Where `fromConfig` reads from. Default: none. */
  config?: ConfigSource | undefined;
}

export const CONTEXT = Symbol("oauth-dance.context");

export class RequestContext<P extends Record<string, Provider> = Record<string, Provider>> {
  readonly request: DanceRequest;
  readonly native: unknown;
  readonly config: ConfigSource | undefined;
  readonly session: SessionCookies;
  /** The provider handles: `context.oauth.github`. */
  readonly oauth: Handles<P>;
  readonly internals: DanceInternals;
  readonly #handles = new Map<string, ProviderHandle>();
  #scope: HandleScope | undefined;

  constructor(internals: DanceInternals, request: DanceRequest, options: ContextOptions = {}) {
    this.internals = internals;
    this.request = request;
    this.native = options.native;
    this.config = options.config;
    const { cookie } = internals;
    const secure = cookie.secure ?? request.url.protocol === "https:";
    const flags: CookieFlags = {
      path: cookie.path,
      domain: cookie.domain,
      secure,
      sameSite: "Lax",
      httpOnly: true,
    };
    // Options already refused a domain or a narrower path with the prefix; a browser needs Secure for it too.
    const prefix = secure && cookie.hostPrefix ? `__Host-${cookie.name}` : cookie.name;
    this.session = new SessionCookies(request.cookies, internals.sealer, flags, prefix);
    this.oauth = internals.createHandles(this) as Handles<P>;
  }

  /** The handle of one provider for this request. */
  handle(name: string): ProviderHandle {
    let handle = this.#handles.get(name);
    if (!handle) {
      const runtime = this.internals.runtimes.get(name);
      if (!runtime) throw new TypeError(`Unknown provider "${name}"`);
      handle = new ProviderHandle(runtime, this.#handleScope());
      this.#handles.set(name, handle);
    }
    return handle;
  }

  /** Set-Cookie values produced since the last call (dance steps, `setToken`, `logout`, `takeError`). */
  takeCookies(): string[] {
    return this.session.takeSetCookies();
  }

  #handleScope(): HandleScope {
    const { storage, prefix, now, fetch, timeout, hooks, logger, refresher } = this.internals;
    this.#scope ??= {
      request: this.request,
      configSource: this.config,
      native: this.native,
      session: this.session,
      storage,
      prefix,
      now,
      fetch,
      timeout,
      hooks,
      logger,
      refresher,
    };
    return this.#scope as HandleScope;
  }
}

/**
 * Makes a request's `oauth` object: one lazy getter per provider name, on a prototype shared by every request.
 * The context sits under a symbol, so the object lists only the provider names.
 */
export function handlesFactory(names: Iterable<string>): (context: RequestContext) => Handles {
  class RequestHandles {
    readonly [CONTEXT]: RequestContext;
    constructor(context: RequestContext) {
      this[CONTEXT] = context;
    }
  }
  for (const name of names) {
    Object.defineProperty(RequestHandles.prototype, name, {
      enumerable: true,
      get(this: RequestHandles) {
        return this[CONTEXT].handle(name);
      },
    });
  }
  Object.freeze(RequestHandles.prototype);
  return (context) => new RequestHandles(context) as unknown as Handles;
}
