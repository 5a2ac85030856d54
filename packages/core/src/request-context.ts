// One request's view of the dance: its session cookies, and each provider's client, token and handle.
import { decodeJwt } from "jose";
import { DanceError } from "./errors.js";
import { type HandleScope, ProviderHandle } from "./handle/provider-handle.js";
import type { CookieFlags } from "./http/cookies.js";
import type { DanceRequest } from "./http/request.js";
import type { ConfigSource } from "./options/from-config.js";
import type { ProtocolClient } from "./protocols/protocol.js";
import type { ProviderRuntime } from "./protocols/provider-runtime.js";
import type { DeclaredProvider, ProviderRequest } from "./provider.js";
import { PROVIDER_NAME } from "./routes/dance-paths.js";
import type { DanceServices } from "./services.js";
import { SessionCookies } from "./session/session-cookies.js";
import { isLoggedOut } from "./storage/logout-list.js";
import { TokenAccess, type TokenChange } from "./storage/token-access.js";
import type { Token } from "./token.js";

/** The handles of a request, one per declared provider, each created on first use. */
export type Handles<P extends Record<string, DeclaredProvider> = Record<string, DeclaredProvider>> = {
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
  config: Record<string, unknown>;
  tokens: TokenAccess;
  /** The handles of single accounts (`handle.account(id)`), each with its own token access. */
  accounts: Map<string, { tokens: TokenAccess; handle: ProviderHandle }>;
  client?: ProtocolClient;
  handle?: ProviderHandle;
}

/** A provider of this request, known now or once the app's function has answered. */
type Resolution = ProviderRuntime | undefined | Promise<ProviderRuntime | undefined>;

export class RequestContext<P extends Record<string, DeclaredProvider> = Record<string, DeclaredProvider>> {
  readonly request: DanceRequest;
  readonly native: unknown;
  readonly config: ConfigSource | undefined;
  readonly session: SessionCookies;
  /** The provider handles: `context.oauth.github`. */
  readonly oauth: Handles<P>;
  readonly #services: DanceServices;
  readonly #providers = new Map<string, ProviderState>();
  /** Each name's provider, resolved once per request: a tenant cannot change halfway through one. */
  readonly #runtimes = new Map<string, Resolution>();

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
   * The handle of a provider named at run time (`resolveProvider`), or of a declared one; undefined when no
   * provider has that name.
   */
  async findHandle(name: string): Promise<ProviderHandle | undefined> {
    if (!PROVIDER_NAME.test(name)) return undefined;
    return (await this.runtime(name)) ? this.handle(name) : undefined;
  }

  /**
   * The provider serving a name in this request: fixed, chosen per request, or looked up at run time.
   * @internal
   */
  runtime(name: string): Resolution {
    if (this.#runtimes.has(name)) return this.#runtimes.get(name);
    const { request, config, native } = this;
    const choice: ProviderRequest = { request, config, native };
    const resolution = this.#services.providers.resolve(name, choice);
    this.#runtimes.set(name, resolution);
    if (resolution instanceof Promise) {
      resolution.then(
        (runtime) => this.#runtimes.set(name, runtime),
        () => undefined,
      );
    }
    return resolution;
  }

  /**
   * The provider's client for this request (`fromConfig` applied), resolved once.
   * @internal
   */
  async client(name: string): Promise<ProtocolClient> {
    return this.clientNow(name) ?? this.#clientOf(name, await this.#knownRuntime(name));
  }

  /**
   * The client when it is known without waiting (a fixed provider, or one already chosen in this request).
   * @internal
   */
  clientNow(name: string): ProtocolClient | undefined {
    const state = this.#state(name);
    if (state.client) return state.client;
    const runtime = this.runtime(name);
    return runtime instanceof Promise || runtime === undefined ? undefined : this.#clientOf(name, runtime);
  }

  /**
   * The provider's token for this request, shared by the dance routes and the handle: the account stored last, or
   * the one named.
   * @internal
   */
  tokens(name: string, account?: string): TokenAccess {
    if (account === undefined) return this.#state(name).tokens;
    this.#accountHandle(name, account);
    return this.#state(name).accounts.get(account)?.tokens as TokenAccess;
  }

  /** Set-Cookie values produced since the last call (dance steps, `setToken`, `logout`, `takeError`). */
  takeCookies(): string[] {
    return this.session.takeSetCookies();
  }

  #state(name: string): ProviderState {
    let state = this.#providers.get(name);
    if (state) return state;
    // A change of the handle's config may mean another user: the tokens are read again.
    const reload = () => {
      state?.tokens.reload();
      for (const account of state?.accounts.values() ?? []) account.tokens.reload();
    };
    const config = new Proxy<Record<string, unknown>>(
      {},
      {
        set: (target, key, value) => {
          reload();
          return Reflect.set(target, key, value);
        },
        deleteProperty: (target, key) => {
          reload();
          return Reflect.deleteProperty(target, key);
        },
      },
    );
    state = { config, tokens: this.#tokenAccess(name, config), accounts: new Map() };
    this.#providers.set(name, state);
    return state;
  }

  /** One provider's token access: the account stored last, or the one named. */
  #tokenAccess(name: string, config: Record<string, unknown>, account?: string): TokenAccess {
    const { providers, storage, now } = this.#services;
    const { request, native, session } = this;
    return new TokenAccess({
      storage,
      context: () => ({ provider: name, config, request, native, session }),
      account,
      now,
      changed: (token, change) =>
        this.#tokenChanged(
          account === undefined ? this.handle(name) : this.#accountHandle(name, account),
          token,
          change,
        ),
      // Only a provider that takes back-channel logouts (or may, being chosen per request) has tokens to look up.
      loggedOut:
        providers.isChosenPerRequest(name) || providers.fixed(name)?.acceptsBackchannelLogout
          ? (token) => this.#loggedOut(name, token)
          : undefined,
      binding: providers.isChosenPerRequest(name)
        ? async () => (await this.#knownRuntime(name)).bindingOf(await this.client(name))
        : undefined,
    });
  }

  /** The handle of one of the user's accounts at a provider, made once per request. */
  #accountHandle(name: string, id: string): ProviderHandle {
    const state = this.#state(name);
    let account = state.accounts.get(id);
    if (!account) {
      const tokens = this.#tokenAccess(name, state.config, id);
      account = { tokens, handle: new ProviderHandle(this.#handleScope(name, { ...state, tokens }, id)) };
      state.accounts.set(id, account);
    }
    return account.handle;
  }

  /**
   * Whether a back-channel logout of the token's account or session arrived since its ID token was issued. The ID
   * token is only decoded: it was verified when the token was stored.
   */
  async #loggedOut(name: string, token: Token): Promise<boolean> {
    if (!token.id_token) return false;
    const runtime = await this.runtime(name);
    if (!runtime?.acceptsBackchannelLogout) return false;
    const claims = idTokenClaims(token.id_token);
    if (typeof claims?.iss !== "string" || typeof claims.iat !== "number") return false;
    const sub = typeof claims.sub === "string" ? claims.sub : undefined;
    const sid = typeof claims.sid === "string" ? claims.sid : undefined;
    const query = { provider: name, issuer: claims.iss, sub, sid };
    return isLoggedOut(this.#services.logoutList, query, claims.iat);
  }

  #clientOf(name: string, runtime: ProviderRuntime): ProtocolClient {
    const state = this.#state(name);
    state.client ??= runtime.clientFor(this.config);
    return state.client;
  }

  async #knownRuntime(name: string): Promise<ProviderRuntime> {
    const runtime = await this.runtime(name);
    if (!runtime) throw new TypeError(`Unknown provider "${name}"`);
    return runtime;
  }

  #handleScope(name: string, state: Pick<ProviderState, "config" | "tokens">, account?: string): HandleScope {
    const { refresher, now, apiFetch, timeout, paths, telemetry } = this.#services;
    return {
      name,
      request: this.request,
      session: this.session,
      config: state.config,
      tokens: state.tokens,
      account,
      client: () => this.client(name),
      clientNow: () => this.clientNow(name),
      profile: async () => (await this.#knownRuntime(name)).profile,
      refresher,
      now,
      apiFetch,
      telemetry,
      timeout,
      paths,
      refreshFailed: (error) => this.#failed(name, "refresh", error),
      logoutFailed: (error) => this.#failed(name, "logout", revocationFailure(name, error)),
      forAccount: (id) => this.#accountHandle(name, id),
    };
  }

  async #tokenChanged(handle: ProviderHandle, token: Token | undefined, reason: TokenChange): Promise<void> {
    const { request, native } = this;
    await this.#services.hooks.tokenUpdated?.({
      provider: handle.name,
      token,
      reason,
      request,
      native,
      handle,
    });
  }

  /** A refresh or revocation that failed in a handle: logged, and told to the error hook, which may not throw. */
  async #failed(name: string, step: "refresh" | "logout", error: DanceError): Promise<void> {
    const { hooks, logger } = this.#services;
    logger.warn(step === "refresh" ? "token refresh failed" : "token revocation failed", {
      provider: name,
      step,
      code: error.code,
      error: error.error,
    });
    try {
      await hooks.error?.({ provider: name, error, request: this.request, native: this.native });
    } catch (hookError) {
      logger.error("the error hook threw", {
        provider: name,
        step,
        code: error.code,
        hookError: String(hookError),
      });
    }
  }
}

/** A failed revocation as the error hook sees it: the provider's refusal, or the transport's failure, named. */
function revocationFailure(provider: string, cause: unknown): DanceError {
  if (cause instanceof DanceError) return cause;
  return new DanceError("revocation_failed", `Revoking the ${provider} token failed; it is forgotten here`, {
    provider,
    step: "logout",
    cause,
  });
}

/** The payload of an ID token, undecoded when it is no JWT. */
function idTokenClaims(idToken: string): Record<string, unknown> | undefined {
  try {
    return decodeJwt(idToken);
  } catch {
    return undefined;
  }
}

/** Where a request's `oauth` object keeps its context, out of sight of `Object.keys` and the app. */
const CONTEXT = Symbol("oauth-dance.context");

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

/**
 * The handle of a provider by name, for providers looked up at run time (`resolveProvider`), which have no
 * property on `oauth`; declared providers are found too. Undefined when no provider has the name.
 *
 * @param oauth The request's handles: `req.oauth`, `c.get("oauth")`, `ctx.state.oauth`, `dance.handles(request).oauth`.
 * @throws DanceError `provider_unavailable` when `resolveProvider` throws.
 * @example
 * const acme = await findHandle(req.oauth, req.params.provider);
 * if (!acme) return res.sendStatus(404);
 * if (!(await acme.authorized())) return res.redirect(acme.loginUrl);
 */
export function findHandle(oauth: object, name: string): Promise<ProviderHandle | undefined> {
  const context = (oauth as { [CONTEXT]?: RequestContext })[CONTEXT];
  if (!context) {
    throw new TypeError(
      'findHandle expects a request\'s oauth object (req.oauth, c.get("oauth"), ctx.state.oauth)',
    );
  }
  return context.findHandle(name);
}
