// One request's view of the dance: its session cookies, and each provider's client, token and handle.
import type { DanceError } from "./errors.js";
import { type HandleScope, ProviderHandle } from "./handle/provider-handle.js";
import type { CookieFlags } from "./http/cookies.js";
import type { DanceRequest } from "./http/request.js";
import type { ConfigSource } from "./options/from-config.js";
import type { ProtocolClient } from "./protocols/protocol.js";
import type { ProviderRuntime } from "./protocols/provider-runtime.js";
import type { Provider } from "./provider.js";
import type { DanceServices } from "./services.js";
import { SessionCookies } from "./session/session-cookies.js";
import { TokenAccess, type TokenChange } from "./storage/token-access.js";
import type { Token } from "./token.js";

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

/** One provider within one request: made on first use, shared by the routes and the handle. */
interface ProviderState {
  runtime: ProviderRuntime;
  config: Record<string, unknown>;
  tokens: TokenAccess;
  client?: ProtocolClient;
  handle?: ProviderHandle;
}

export class RequestContext<P extends Record<string, Provider> = Record<string, Provider>> {
  readonly request: DanceRequest;
  readonly native: unknown;
  readonly config: ConfigSource | undefined;
  readonly session: SessionCookies;
  /** The provider handles: `context.oauth.github`. */
  readonly oauth: Handles<P>;
  readonly #services: DanceServices;
  readonly #providers = new Map<string, ProviderState>();

  constructor(
    services: DanceServices,
    createHandles: (context: RequestContext) => Handles,
    request: DanceRequest,
    options: ContextOptions = {},
  ) {
    this.#services = services;
    this.request = request;
    this.native = options.native;
    this.config = options.config;
    const { cookies } = services;
    const secure = cookies.secure ?? request.url.protocol === "https:";
    const flags: CookieFlags = {
      path: cookies.path,
      domain: cookies.domain,
      secure,
      sameSite: "Lax",
      httpOnly: true,
    };
    // Options already refused a domain or a narrower path with the prefix; a browser needs Secure for it too.
    const prefix = secure && cookies.hostPrefix ? `__Host-${cookies.name}` : cookies.name;
    this.session = new SessionCookies(request.cookies, services.sealer, flags, prefix);
    this.oauth = createHandles(this) as Handles<P>;
  }

  /** The handle of one provider for this request. */
  handle(name: string): ProviderHandle {
    const state = this.#state(name);
    state.handle ??= new ProviderHandle(this.#handleScope(name, state));
    return state.handle;
  }

  /**
   * The provider's client for this request (`fromConfig` applied), resolved once.
   * @internal
   */
  client(name: string): ProtocolClient {
    const state = this.#state(name);
    state.client ??= state.runtime.clientFor(this.config);
    return state.client;
  }

  /**
   * The provider's token for this request, shared by the dance routes and the handle.
   * @internal
   */
  tokens(name: string): TokenAccess {
    return this.#state(name).tokens;
  }

  /** Set-Cookie values produced since the last call (dance steps, `setToken`, `logout`, `takeError`). */
  takeCookies(): string[] {
    return this.session.takeSetCookies();
  }

  #state(name: string): ProviderState {
    let state = this.#providers.get(name);
    if (state) return state;
    const runtime = this.#services.providers.get(name);
    if (!runtime) throw new TypeError(`Unknown provider "${name}"`);
    // A change of the handle's config may mean another user: the token is read again.
    const config = new Proxy<Record<string, unknown>>(
      {},
      {
        set: (target, key, value) => {
          tokens.reload();
          return Reflect.set(target, key, value);
        },
        deleteProperty: (target, key) => {
          tokens.reload();
          return Reflect.deleteProperty(target, key);
        },
      },
    );
    const { request, native, session } = this;
    const tokens: TokenAccess = new TokenAccess({
      storage: this.#services.storage,
      context: () => ({ provider: name, config, request, native, session }),
      now: this.#services.now,
      changed: (token, change) => this.#tokenChanged(name, token, change),
    });
    state = { runtime, config, tokens };
    this.#providers.set(name, state);
    return state;
  }

  #handleScope(name: string, state: ProviderState): HandleScope {
    const { refresher, now, apiFetch, timeout, paths, logger, telemetry } = this.#services;
    return {
      name,
      request: this.request,
      session: this.session,
      config: state.config,
      tokens: state.tokens,
      client: () => this.client(name),
      profile: state.runtime.profile,
      refresher,
      now,
      apiFetch,
      telemetry,
      timeout,
      paths,
      refreshFailed: (error) => this.#refreshFailed(name, error),
      logoutFailed: (error) =>
        logger.warn("token revocation failed", {
          provider: name,
          step: "logout",
          code: (error as DanceError | undefined)?.code,
          error: (error as DanceError | undefined)?.error ?? String(error),
        }),
    };
  }

  async #tokenChanged(name: string, token: Token | undefined, reason: TokenChange): Promise<void> {
    const { request, native } = this;
    await this.#services.hooks.tokenUpdated?.({
      provider: name,
      token,
      reason,
      request,
      native,
      handle: this.handle(name),
    });
  }

  async #refreshFailed(name: string, error: DanceError): Promise<void> {
    const { hooks, logger } = this.#services;
    logger.warn("token refresh failed", {
      provider: name,
      step: "refresh",
      code: error.code,
      error: error.error,
    });
    try {
      await hooks.error?.({ provider: name, error, request: this.request, native: this.native });
    } catch (hookError) {
      logger.error("the error hook threw", {
        provider: name,
        step: "refresh",
        code: error.code,
        hookError: String(hookError),
      });
    }
  }
}

/**
 * Makes a request's `oauth` object: one lazy getter per provider name, on a prototype shared by every request.
 * The context sits under a symbol, so the object lists only the provider names.
 */
export function handlesFactory(names: Iterable<string>): (context: RequestContext) => Handles {
  const CONTEXT = Symbol("oauth-dance.context");
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
