// The per-request face of one provider: its token, whether the user is authorized, the API client, login and logout.
import ky, { type KyInstance, type Options as KyOptions } from "ky";
import { DanceError, type DanceErrorInfo } from "../errors.js";
import type { DanceRequest } from "../http/request.js";
import type { DanceLogger } from "../logger.js";
import type { DanceHooks } from "../options/dance-options.js";
import type { ConfigSource } from "../options/from-config.js";
import type { OAuth2Client } from "../protocols/oauth2/oauth2-client.js";
import { isDeadRefreshToken, revokeToken } from "../protocols/oauth2/refresh-grant.js";
import type { DanceClient, ProviderRuntime } from "../protocols/provider-runtime.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { TokenContext, TokenStorage } from "../storage/token-storage.js";
import { type Token, withExpiresAt, withExpiresIn } from "../token.js";
import { loadProfile, type Profile } from "./profile.js";
import { hasCompareAndSet, type TokenRefresher, withoutLease } from "./token-refresher.js";

/** What a handle needs from its request and dance; built by the request context. */
export interface HandleScope {
  request: DanceRequest;
  /** Where `fromConfig` reads from for this request. */
  configSource: ConfigSource | undefined;
  native: unknown;
  session: SessionCookies;
  storage: TokenStorage;
  prefix: string;
  now: () => number;
  fetch: typeof fetch | undefined;
  timeout: number;
  hooks: DanceHooks;
  logger: DanceLogger;
  refresher: TokenRefresher;
}

/** Where the user stands with a provider; see `ProviderHandle.status()`. */
export type HandleStatus = "authorized" | "failed" | "anonymous";

/** Session key of the error a failed dance recorded for a provider, read once by `takeError()`. */
export function errorKeyOf(provider: string): string {
  return `error.${provider}`;
}
export const ERROR_TTL = 5 * 60;

/** Package-internal: lets the callback hand a fresh token to the handle before anything is stored. */
export const USE_TOKEN: unique symbol = Symbol("oauth-dance.useToken");

/**
 * One provider for one request. Everything request-specific lives here, never on the provider, so one user's
 * token can never leak into another user's request.
 */
export class ProviderHandle {
  /** The provider's name in `createDance({ providers })`. */
  readonly name: string;
  /** The token store in use. */
  readonly storage: TokenStorage;
  /**
   * A per-request record handed to the store (for example `{ userId }` for per-user stores).
   * Changing it drops the token cached for this request.
   */
  readonly config: Record<string, unknown>;
  readonly #runtime: ProviderRuntime;
  readonly #scope: HandleScope;
  /** The token as stored (expires_in as the provider sent it), loaded once per request. */
  #stored: Promise<Token | undefined> | undefined;
  #api: KyInstance | undefined;

  constructor(runtime: ProviderRuntime, scope: HandleScope) {
    this.name = runtime.name;
    this.#runtime = runtime;
    this.#scope = scope;
    this.storage = scope.storage;
    this.config = new Proxy<Record<string, unknown>>(
      {},
      {
        set: (target, key, value) => {
          this.#stored = undefined;
          return Reflect.set(target, key, value);
        },
        deleteProperty: (target, key) => {
          this.#stored = undefined;
          return Reflect.deleteProperty(target, key);
        },
      },
    );
  }

  /** `/login/<name>`, with `next` set to the current page for GET requests so the user comes back to it. */
  get loginUrl(): string {
    const { request } = this.#scope;
    const here = request.url.pathname + request.url.search;
    const onDanceRoute = request.url.pathname.startsWith(`${this.#scope.prefix}/`);
    return this.loginUrlFor(request.method === "GET" && !onDanceRoute && here !== "/" ? here : undefined);
  }

  /** The login URL that sends the user to `next` (a same-site path) after the dance. */
  loginUrlFor(next?: string): string {
    const path = `${this.#scope.prefix}/${this.name}`;
    return next ? `${path}?next=${encodeURIComponent(next)}` : path;
  }

  /** The stored token (loaded once per request), with `expires_in` recomputed from `expires_at`. */
  async token(): Promise<Token | undefined> {
    const token = await this.#storedToken();
    return token && withExpiresIn(token, this.#scope.now());
  }

  /** Stores a token (computing `expires_at` from `expires_in`) and uses it for the rest of the request. */
  async setToken(token: Token): Promise<void> {
    const stored = withExpiresAt(token, this.#scope.now());
    await this.#storageCall("store", () => this.storage.set(this.#tokenContext(), stored));
    this.#stored = Promise.resolve(stored);
    await this.#notify(stored, "stored");
  }

  /**
   * Whether the user has a usable token: present (OAuth 1: token and secret), and not expired unless the API
   * client can refresh it.
   */
  async authorized(): Promise<boolean> {
    const token = await this.#storedToken();
    if (!isUsable(token)) return false;
    return !isExpired(token, this.#scope.now(), 0) || this.#canRefresh(token);
  }

  /**
   * Where the user stands with this provider: `authorized` (as `authorized()` says), `failed` (no usable token,
   * and the last dance failed: its error waits in `takeError()`, and sending the user to the login URL again
   * would most likely fail the same way, in a loop), or `anonymous` (never logged in, or logged out: send them
   * to `loginUrl`). Reading it clears nothing.
   *
   * @example
   * const gh = req.oauth.github;
   * const status = await gh.status();
   * if (status === "anonymous") return res.redirect(gh.loginUrl);
   * if (status === "failed") return res.status(401).send((await gh.takeError())?.message);
   */
  async status(): Promise<HandleStatus> {
    if (await this.authorized()) return "authorized";
    return (await this.#recordedError()) ? "failed" : "anonymous";
  }

  /**
   * A ky instance on the provider's `baseUrl` that authenticates every request with the user's token
   * (bearer for OAuth 2, a signature for OAuth 1), refreshing an OAuth 2 token that is about to expire, and once
   * more when the provider answers 401.
   */
  get api(): KyInstance {
    this.#api ??= ky.create(this.#apiOptions());
    return this.#api;
  }

  /** Forgets the user's token for this provider, revoking it first where the provider supports revocation. */
  async logout(): Promise<void> {
    const token = await this.#storedToken().catch(() => undefined);
    const client = this.#client();
    if (token && client.kind === "oauth2") {
      try {
        await revokeToken(client, token);
      } catch (error) {
        this.#scope.logger.warn("token revocation failed", {
          provider: this.name,
          step: "logout",
          code: error instanceof DanceError ? error.code : undefined,
          error: error instanceof DanceError ? error.error : String(error),
        });
      }
    }
    await this.#storageCall("logout", () => this.storage.delete(this.#tokenContext()));
    this.#stored = Promise.resolve(undefined);
    await this.#notify(undefined, "deleted");
  }

  /**
   * Who the user is at the provider, normalised (`id`, `name`, `email`, `emailVerified`, `avatarUrl`) with the
   * provider's own payload as `raw`: from the ID token's claims, the userinfo endpoint, or the preset's user
   * endpoint (called through `api`, so an expired token is refreshed first). Presets export their raw type.
   *
   * @throws DanceError `not_authorized` without a token; `profile_failed` when the provider offers no profile.
   * @example const { id, email } = await req.oauth.github.profile<GitHubProfile>();
   */
  async profile<Raw = Record<string, unknown>>(): Promise<Profile<Raw>> {
    const client = this.#client();
    return loadProfile<Raw>({
      provider: this.name,
      source: this.#runtime.profile,
      userinfoUrl: async () =>
        client.kind === "oauth2"
          ? (await client.configuration()).serverMetadata().userinfo_endpoint
          : undefined,
      token: await this.token(),
      api: this.api,
    });
  }

  /** The error a failed dance recorded for this provider, if any; reading it clears it. */
  async takeError(): Promise<DanceErrorInfo | undefined> {
    const info = await this.#recordedError();
    if (this.#scope.session.has(errorKeyOf(this.name))) this.#scope.session.delete(errorKeyOf(this.name));
    return info;
  }

  async #recordedError(): Promise<DanceErrorInfo | undefined> {
    const { session } = this.#scope;
    const key = errorKeyOf(this.name);
    if (!session.has(key)) return undefined;
    const info = await session.get<DanceErrorInfo>(key, ERROR_TTL);
    return info?.provider === this.name ? info : undefined;
  }

  /** Uses a token for the rest of this request without storing it (the dance's `authorized` hook sees it). */
  [USE_TOKEN](token: Token): void {
    this.#stored = Promise.resolve(withExpiresAt(token, this.#scope.now()));
  }

  #client(): DanceClient {
    return this.#runtime.clientFor(this.#scope.configSource);
  }

  #storedToken(): Promise<Token | undefined> {
    this.#stored ??= this.#storageCall("api", () => this.storage.get(this.#tokenContext())).then(
      (token) => token && withoutLease(token),
    );
    return this.#stored;
  }

  #canRefresh(token: Token): boolean {
    const client = this.#client();
    return client.kind === "oauth2" && client.autoRefresh && Boolean(token.refresh_token);
  }

  /** The token to call the API with: refreshed first when it expires within the provider's skew. */
  async #tokenForCall(): Promise<Token> {
    const token = await this.#storedToken();
    if (!isUsable(token)) {
      throw new DanceError(
        "not_authorized",
        `No ${this.name} token for this request: send the user to the login URL`,
        {
          provider: this.name,
          step: "api",
        },
      );
    }
    const client = this.#client();
    if (client.kind !== "oauth2" || !this.#canRefresh(token)) return token;
    return isExpired(token, this.#scope.now(), client.refreshSkew) ? this.#refresh(client, token) : token;
  }

  async #refresh(client: OAuth2Client, stale: Token): Promise<Token> {
    const { refresher, now } = this.#scope;
    try {
      const { token, mustStore } = await refresher.refresh(
        client,
        this.storage,
        this.#tokenContext(),
        stale,
        now,
      );
      if (mustStore) await this.#storageCall("refresh", () => this.storage.set(this.#tokenContext(), token));
      this.#stored = Promise.resolve(token);
      await this.#notify(token, "refreshed");
      return token;
    } catch (cause) {
      const error =
        cause instanceof DanceError
          ? cause
          : new DanceError("refresh_failed", `Refreshing the ${this.name} token failed`, {
              provider: this.name,
              cause,
            });
      if (isDeadRefreshToken(client, error)) {
        // The refresh token is dead: the user has to log in again. A compare-and-set store already lost it
        // (the refresher deletes only the version it refreshed).
        if (!hasCompareAndSet(this.storage))
          await this.storage.delete(this.#tokenContext()).catch(() => undefined);
        this.#stored = Promise.resolve(undefined);
      }
      await this.#reportRefreshFailure(error);
      throw error;
    }
  }

  async #reportRefreshFailure(error: DanceError): Promise<void> {
    const { hooks, logger, request, native } = this.#scope;
    logger.warn("token refresh failed", {
      provider: this.name,
      step: "refresh",
      code: error.code,
      error: error.error,
    });
    try {
      await hooks.error?.({ provider: this.name, error, request, native });
    } catch (hookError) {
      logger.error("the error hook threw", {
        provider: this.name,
        step: "refresh",
        code: error.code,
        hookError: String(hookError),
      });
    }
  }

  async #notify(token: Token | undefined, reason: "stored" | "refreshed" | "deleted"): Promise<void> {
    const { hooks, request, native } = this.#scope;
    await hooks.tokenUpdated?.({ provider: this.name, token, reason, request, native, handle: this });
  }

  #tokenContext(): TokenContext {
    const { request, native, session } = this.#scope;
    return { provider: this.name, config: this.config, request, native, session };
  }

  async #storageCall<T>(step: "store" | "logout" | "api" | "refresh", call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (cause) {
      if (cause instanceof DanceError) throw cause;
      throw new DanceError("storage_failed", `The token store failed for ${this.name}`, {
        provider: this.name,
        step,
        cause,
      });
    }
  }

  #apiOptions(): KyOptions {
    const { options } = this.#client();
    const kyOptions: KyOptions = {
      timeout: this.#scope.timeout,
      // Authentication and the 401 refresh happen below ky, in its fetch: no hook machinery, no response clones.
      fetch: (input, init) => this.#authorizedFetch(input, init),
      // A missing token or a dead refresh token will not come back on a retry.
      retry: { shouldRetry: ({ error }) => (error instanceof DanceError ? false : undefined) },
      hooks: {
        beforeError: [
          (error) => {
            // OAuth 1 query signing puts oauth_token in the URL; keep it out of messages.
            error.message = error.message.replace(/(oauth_[a-z_]+)=[^&\s]*/g, "$1=[redacted]");
            return error;
          },
        ],
      },
    };
    if (options.baseUrl) kyOptions.prefixUrl = options.baseUrl;
    if (options.apiHeaders) kyOptions.headers = options.apiHeaders;
    return kyOptions;
  }

  /**
   * Sends one API request with the user's token. When the provider answers 401 to a refreshable OAuth 2 token
   * (whatever its expiry said), the token is refreshed and the request sent once more.
   */
  async #authorizedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const send = this.#scope.fetch ?? fetch;
    const token = await this.#tokenForCall();
    const client = this.#client();
    const request = await client.authorize(
      input instanceof Request ? input : new Request(input, init),
      token,
    );
    const refreshable = client.kind === "oauth2" && this.#canRefresh(token);
    // A body can be sent only once, so a request with one is copied beforehand; one without is rebuilt on a 401.
    const replay = refreshable && request.body ? request.clone() : undefined;
    const response = await send(request, init);
    if (response.status !== 401 || !refreshable || client.kind !== "oauth2") return response;
    await response.body?.cancel();
    const fresh = await this.#refresh(client, token);
    return send(await client.authorize(replay ?? new Request(request), fresh), init);
  }
}

/** An OAuth 2 token needs an access token; an OAuth 1 token needs both the token and its secret. */
function isUsable(token: Token | undefined): token is Token {
  return Boolean(token?.access_token || (token?.oauth_token && token.oauth_token_secret));
}

/**
 * Whether the token expires within `skew` seconds. The skew never exceeds half the token's lifetime, so a token
 * that lives shorter than the skew is not refreshed on every call.
 */
function isExpired(token: Token, nowMs: number, skew: number): boolean {
  if (typeof token.expires_at !== "number") return false;
  const lifetime = Number(token.expires_in);
  const margin = Number.isFinite(lifetime) && lifetime > 0 ? Math.min(skew, lifetime / 2) : skew;
  return token.expires_at - nowMs / 1000 <= margin;
}
