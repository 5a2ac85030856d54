// The per-request face of one provider: its token, whether the user is authorized, the API client, login and logout.
import type { KyInstance } from "ky";
import type { DanceError, DanceErrorInfo } from "../errors.js";
import type { DanceRequest } from "../http/request.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import { readError, takeError } from "../session/error-flash.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { TokenAccess } from "../storage/token-access.js";
import { accountOf } from "../storage/token-account.js";
import type { TokenStorage } from "../storage/token-storage.js";
import type { DanceTelemetry } from "../telemetry.js";
import { scopesOf, type Token, withExpiresIn } from "../token.js";
import { createApiClient } from "./api-client.js";
import { federatedLogoutUrl } from "./federated-logout.js";
import { loadProfile, type Profile, type ProfileSource } from "./profile.js";
import { TokenFreshness } from "./token-freshness.js";
import type { TokenRefresher } from "./token-refresher.js";

/** One of the user's accounts at a provider, as `handle.accounts()` lists it. */
export interface AccountSummary {
  /** The account's id at the provider (`sub`); `""` for a token stored before accounts were recorded. */
  id: string;
  /** The account's email, else its name, as the provider told it at login. */
  label: string | undefined;
  /** The scopes its token was granted. */
  scopes: string[];
  /** When its access token expires (unix seconds), if the provider said. */
  expiresAt: number | undefined;
  /** Whether it is the account the plain handle means (the one connected last). */
  current: boolean;
}

type LogoutOptions = { all?: boolean | undefined; federated?: true; returnTo?: string | undefined };

/** Where the user stands with a provider; see `ProviderHandle.status()`. */
export type HandleStatus = "authorized" | "failed" | "anonymous";

/** What a handle needs from its request and dance; built by the request context. */
export interface HandleScope {
  name: string;
  request: DanceRequest;
  session: SessionCookies;
  /** The per-request record handed to the store (a change reloads the token). */
  config: Record<string, unknown>;
  tokens: TokenAccess;
  /** The account this handle is bound to (`handle.account(id)`); undefined for the plain handle. */
  account?: string | undefined;
  /** The provider's client for this request (`fromConfig` applied, chosen per request), resolved on first use. */
  client(): Promise<ProtocolClient>;
  /** The client, when it is known without waiting (a provider with fixed options). */
  clientNow(): ProtocolClient | undefined;
  /** Where `profile()` reads the user from, as the provider declares it. */
  profile(): Promise<ProfileSource | undefined>;
  refresher: TokenRefresher;
  now: () => number;
  /** The fetch `handle.api` sends with (size-limited). */
  apiFetch: typeof fetch | undefined;
  /** Milliseconds before an API call is abandoned. */
  timeout: number;
  /** Where API calls are traced and timed. */
  telemetry: DanceTelemetry;
  /** `/login/<name>`, `/login/<name>/logged-out`, and whether a path is one of the dance's own. */
  paths: {
    loginPath(provider: string): string;
    loggedOutPath(provider: string): string;
    isDanceRoute(pathname: string): boolean;
  };
  /** Tells the app a refresh failed (its error hook, the log). */
  refreshFailed(error: DanceError): Promise<void>;
  /** Reports a revocation that failed (the logout goes on: the token is forgotten all the same). */
  logoutFailed(error: unknown): Promise<void>;
  /** The handle bound to one of the user's accounts at this provider, made once per request. */
  forAccount(id: string): ProviderHandle;
}

/**
 * One provider for one request. Everything request-specific lives here, never on the provider, so one user's
 * token can never leak into another user's request.
 */
export class ProviderHandle {
  /** The provider's name in `createDance({ providers })`. */
  readonly name: string;
  /**
   * A per-request record handed to the store (for example `{ userId }` for per-user stores).
   * Changing it drops the token cached for this request.
   */
  readonly config: Record<string, unknown>;
  readonly #scope: HandleScope;
  readonly #freshness: TokenFreshness;
  #api: KyInstance | undefined;

  constructor(scope: HandleScope) {
    this.name = scope.name;
    this.config = scope.config;
    this.#scope = scope;
    this.#freshness = new TokenFreshness({ ...scope, provider: scope.name });
  }

  /** The token store in use. */
  get storage(): TokenStorage {
    return this.#scope.tokens.storage;
  }

  /** `/login/<name>`, with `next` set to the current page for GET requests so the user comes back to it. */
  get loginUrl(): string {
    const { request, paths } = this.#scope;
    const here = request.url.pathname + request.url.search;
    const onDanceRoute = paths.isDanceRoute(request.url.pathname);
    return this.loginUrlFor(request.method === "GET" && !onDanceRoute && here !== "/" ? here : undefined);
  }

  /**
   * The login URL that sends the user to `next` (a same-site path) after the dance; with `scope`, a login that asks
   * for those scopes too (incremental authorization: each must be in the provider's `scope` or `optionalScopes`).
   * Scopes granted before are kept: asked for again, or, where the provider adds grants up
   * (`incrementalAuthorization`, Google), left to the provider.
   *
   * @example res.redirect(req.oauth.google.loginUrlFor({ scope: ["https://www.googleapis.com/auth/drive.readonly"], next: "/files" }))
   */
  loginUrlFor(next?: string | { next?: string | undefined; scope?: readonly string[] | undefined }): string {
    const options = typeof next === "object" ? next : { next };
    const query = new URLSearchParams();
    if (options.scope?.length) query.set("scope", options.scope.join(" "));
    // More scopes for one account: the login adds them up with that account's grants, not the current one's.
    if (options.scope?.length && this.#scope.account !== undefined) query.set("account", this.#scope.account);
    if (options.next) query.set("next", options.next);
    const path = this.#scope.paths.loginPath(this.name);
    return query.size > 0 ? `${path}?${query.toString().replace(/\+/g, "%20")}` : path;
  }

  /** The scopes the stored token was granted (its `scope`), or none without a token or a `scope`. */
  async scopes(): Promise<string[]> {
    return scopesOf((await this.#scope.tokens.read())?.scope);
  }

  /** Whether the stored token was granted this scope. */
  async hasScope(scope: string): Promise<boolean> {
    return (await this.scopes()).includes(scope);
  }

  /**
   * The user's accounts at this provider, the one connected last (which the plain handle means) first. With
   * `multipleAccounts` each connected account is one entry; otherwise the one token, if any.
   *
   * @example for (const { id, label } of await req.oauth.github.accounts()) console.log(id, label);
   */
  async accounts(): Promise<AccountSummary[]> {
    const listed = await this.#scope.tokens.accounts();
    return listed.map(({ account, token }, index) => ({
      id: account,
      label: accountOf(token)?.label,
      scopes: scopesOf(token.scope),
      expiresAt: typeof token.expires_at === "number" ? token.expires_at : undefined,
      current: index === 0,
    }));
  }

  /**
   * The handle of one of the user's accounts (an id from `accounts()`): its token, API client, scopes and logout
   * are that account's, whichever account was connected last.
   *
   * @example const work = req.oauth.google.account(req.params.accountId); await work.api.get("userinfo").json();
   */
  account(id: string): ProviderHandle {
    return this.#scope.forAccount(id);
  }

  /** The stored token (loaded once per request), with `expires_in` recomputed from `expires_at`. */
  async token(): Promise<Token | undefined> {
    const token = await this.#scope.tokens.read();
    return token && withExpiresIn(token, this.#scope.now());
  }

  /** Stores a token (computing `expires_at` from `expires_in`) and uses it for the rest of the request. */
  async setToken(token: Token): Promise<void> {
    await this.#scope.tokens.store(token);
  }

  /**
   * Whether the user has a usable token: present (OAuth 1: token and secret), and not expired unless the API
   * client can refresh it.
   */
  authorized(): Promise<boolean> {
    return this.#freshness.authorized();
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
    return (await readError(this.#scope.session, this.name)) ? "failed" : "anonymous";
  }

  /**
   * A ky instance on the provider's `baseUrl` that authenticates every request with the user's token
   * (bearer for OAuth 2, a signature for OAuth 1), refreshing an OAuth 2 token that is about to expire, and once
   * more when the provider answers 401.
   */
  get api(): KyInstance {
    this.#api ??= createApiClient({
      name: this.name,
      client: () => this.#scope.client(),
      clientNow: () => this.#scope.clientNow(),
      freshness: this.#freshness,
      fetch: this.#scope.apiFetch,
      timeout: this.#scope.timeout,
      telemetry: this.#scope.telemetry,
    });
    return this.#api;
  }

  /**
   * Forgets the user's token for this provider, revoking it first where the provider supports revocation (RFC
   * 7009; a failed revocation reaches the error hook, and the token is forgotten all the same). With `all: true`,
   * every account of the user's at this provider is revoked and forgotten, not only this handle's.
   *
   * With `federated: true`, the user's session at the provider ends too (OpenID Connect RP-Initiated Logout): the
   * answer is where to send the browser, the provider's end-session page, which returns to `/login/<name>/logged-out`
   * (register it as a post-logout redirect URI) and from there to `returnTo`, a same-site path. At a provider with
   * no end-session endpoint the answer is `returnTo` itself.
   *
   * @example res.redirect(await req.oauth.corp.logout({ federated: true, returnTo: "/goodbye" }))
   */
  logout(options?: { all?: boolean | undefined }): Promise<void>;
  logout(options: {
    federated: true;
    returnTo?: string | undefined;
    all?: boolean | undefined;
  }): Promise<string>;
  // biome-ignore lint/suspicious/noConfusingVoidType: the implementation of an overload that answers void.
  async logout(options?: LogoutOptions): Promise<string | void> {
    const token = await this.#scope.tokens.read().catch(() => undefined);
    if (options?.all) await this.#logoutOthers(token);
    const client = await this.#scope.client();
    if (token) await this.#revoke(token);
    await this.#scope.tokens.delete();
    if (!options?.federated) return;
    const { request, session, paths } = this.#scope;
    return federatedLogoutUrl({
      name: this.name,
      client,
      request,
      session,
      paths,
      token,
      returnTo: options.returnTo,
    });
  }

  /** Revokes and forgets every other account's token than `current`'s. */
  async #logoutOthers(current: Token | undefined): Promise<void> {
    const currentId = current ? (accountOf(current)?.id ?? "") : undefined;
    for (const { account } of await this.#scope.tokens.accounts()) {
      if (account !== currentId) await this.#scope.forAccount(account).logout();
    }
  }

  async #revoke(token: Token): Promise<void> {
    try {
      await (await this.#scope.client()).revoke(token);
    } catch (error) {
      await this.#scope.logoutFailed(error);
    }
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
    return loadProfile<Raw>({
      provider: this.name,
      source: await this.#scope.profile(),
      userinfoUrl: async () => (await this.#scope.client()).userinfoUrl(),
      token: await this.token(),
      api: this.api,
    });
  }

  /** The error a failed dance recorded for this provider, if any; reading it clears it. */
  takeError(): Promise<DanceErrorInfo | undefined> {
    return takeError(this.#scope.session, this.name);
  }
}
