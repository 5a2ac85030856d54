// The per-request face of one provider: its token, whether the user is authorized, the API client, login and logout.
import ky, { type KyInstance, type Options as KyOptions } from "ky";
import { DanceError, type DanceErrorInfo } from "./errors.js";
import type { ProviderRuntime } from "./provider-runtime.js";
import type { DanceRequest } from "./request.js";
import type { SessionCookies } from "./session/session-cookies.js";
import type { TokenContext, TokenStorage } from "./storage/token-storage.js";
import { type Token, withExpiresAt, withExpiresIn } from "./token.js";

/** What a handle needs from its request and dance; built by the request context. */
export interface HandleScope {
  request: DanceRequest;
  native: unknown;
  session: SessionCookies;
  storage: TokenStorage;
  prefix: string;
  now: () => number;
  fetch: typeof fetch | undefined;
  timeout: number;
}

/** Session key of the error recorded by a failed dance, read once by `takeError()`. */
export const ERROR_KEY = "error";
export const ERROR_TTL = 5 * 60;

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
  #token: Promise<Token | undefined> | undefined;
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
          this.#token = undefined;
          return Reflect.set(target, key, value);
        },
        deleteProperty: (target, key) => {
          this.#token = undefined;
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
    this.#token ??= this.#load();
    const token = await this.#token;
    return token && withExpiresIn(token, this.#scope.now());
  }

  /** Stores a token (computing `expires_at` from `expires_in`) and uses it for the rest of the request. */
  async setToken(token: Token): Promise<void> {
    const stored = withExpiresAt(token, this.#scope.now());
    await this.#storageCall("store", () => this.storage.set(this.#tokenContext(), stored));
    this.#token = Promise.resolve(stored);
  }

  /** Whether a token is present (it may have expired; the API client refreshes where it can). */
  async authorized(): Promise<boolean> {
    const token = await this.token();
    return Boolean(token?.access_token);
  }

  /** A ky instance on the provider's `baseUrl` that sends the user's token with every request. */
  get api(): KyInstance {
    this.#api ??= ky.create(this.#apiOptions());
    return this.#api;
  }

  /** Forgets the user's token for this provider. */
  async logout(): Promise<void> {
    await this.#storageCall("logout", () => this.storage.delete(this.#tokenContext()));
    this.#token = Promise.resolve(undefined);
  }

  /** The error a failed dance recorded for this provider, if any; reading it clears it. */
  async takeError(): Promise<DanceErrorInfo | undefined> {
    const { session } = this.#scope;
    if (!session.has(ERROR_KEY)) return undefined;
    const info = await session.get<DanceErrorInfo>(ERROR_KEY, ERROR_TTL);
    if (info?.provider !== this.name) return undefined;
    session.delete(ERROR_KEY);
    return info;
  }

  #tokenContext(): TokenContext {
    const { request, native, session } = this.#scope;
    return { provider: this.name, config: this.config, request, native, session };
  }

  #load(): Promise<Token | undefined> {
    return this.#storageCall("api", () => this.storage.get(this.#tokenContext()));
  }

  async #storageCall<T>(step: "store" | "logout" | "api", call: () => Promise<T>): Promise<T> {
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
    const { options } = this.#runtime;
    const kyOptions: KyOptions = {
      timeout: this.#scope.timeout,
      // A missing token will still be missing on a retry.
      retry: { shouldRetry: ({ error }) => (error instanceof DanceError ? false : undefined) },
      hooks: {
        beforeRequest: [
          async (request) => {
            const token = await this.token();
            if (!token?.access_token) {
              throw new DanceError(
                "not_authorized",
                `No ${this.name} token for this request: send the user to the login URL`,
                {
                  provider: this.name,
                  step: "api",
                },
              );
            }
            request.headers.set("Authorization", `${authScheme(token.token_type)} ${token.access_token}`);
          },
        ],
      },
    };
    if (options.baseUrl) kyOptions.prefixUrl = options.baseUrl;
    if (options.apiHeaders) kyOptions.headers = options.apiHeaders;
    if (this.#scope.fetch) kyOptions.fetch = this.#scope.fetch;
    return kyOptions;
  }
}

/** `bearer` (as GitHub writes it) and a missing type both mean "Bearer"; other schemes are sent as given. */
function authScheme(tokenType: string | undefined): string {
  return !tokenType || tokenType.toLowerCase() === "bearer" ? "Bearer" : tokenType;
}
