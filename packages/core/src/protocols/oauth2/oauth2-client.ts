// One OAuth 2 / OpenID Connect provider made ready for requests, as the protocol contract asks of it.
import * as client from "openid-client";
import { DanceError } from "../../errors.js";
import type { RegisteredClient } from "../../storage/client-registration-store.js";
import type { Token } from "../../token.js";
import type { LogoutTokenChecks, VerifiedLogout } from "../logout-token-checks.js";
import type {
  CallbackRefusal,
  ClientDeps,
  DanceInFlight,
  ProtocolClient,
  StartedDance,
} from "../protocol.js";
import { authorizationRedirect } from "./authorization-request.js";
import { BasicAuth } from "./basic-auth.js";
import { registeredClient, secretExpired, withRegisteredClient } from "./client-registration.js";
import { type ConfigurationInput, configure, withRefreshEndpoint } from "./configuration.js";
import { DPoPKeys } from "./dpop.js";
import { remoteKeySet, verifyLogoutToken } from "./logout-token.js";
import { callbackRefusal, finishDance, startDance } from "./oauth2-flow.js";
import type { OAuth2Grants } from "./oauth2-grants.js";
import type { OAuth2Options } from "./oauth2-options.js";
import { isDeadRefreshToken, refreshGrant, revokeToken } from "./refresh-grant.js";
import { sendWithToken } from "./resource-request.js";
import { importClientAssertionKey } from "./signed-client-secret.js";

/** The provider options with `fromConfig` applied, checked: what a request's dance runs on. */
export class OAuth2Client implements ProtocolClient, OAuth2Grants {
  readonly name: string;
  readonly options: Readonly<OAuth2Options>;
  readonly dpopKeys: DPoPKeys;
  /** What its configuration is built from (with the memory of which Basic form its server takes). */
  readonly #input: ConfigurationInput;
  /** With `register`: the client registered, once known (forgotten when its secret expires). */
  #registered: RegisteredClient | undefined;
  #configuration: Promise<client.Configuration> | undefined;
  #refreshConfiguration: Promise<client.Configuration> | undefined;
  #requestObjectKey: Promise<CryptoKey> | undefined;
  /** The fetch API calls go out with when the client presents a certificate (`mtls`). */
  readonly #apiFetch: typeof fetch | undefined;
  /** The provider's JWKS, for logout tokens, by the `jwks_uri` it was made for. */
  #logoutKeys: { url: string; keys: ReturnType<typeof remoteKeySet> } | undefined;

  constructor(name: string, options: Readonly<OAuth2Options>, deps: ClientDeps) {
    this.name = name;
    this.options = options;
    const certified = options.mtls ? deps.certificateFetch?.(options.mtls) : undefined;
    if (options.mtls && !certified) {
      throw new DanceError(
        "invalid_options",
        `providers.${name}.mtls: mutual TLS needs Node (node:https); this runtime's fetch cannot present a client certificate`,
        { provider: name, step: "options" },
      );
    }
    this.#apiFetch = certified?.api;
    const clientDeps = certified ? { ...deps, fetch: certified.protocol } : deps;
    this.#input = { name, options, deps: clientDeps, basic: new BasicAuth(options.basicAuthEncoding) };
    const { dpop } = options;
    this.dpopKeys = new DPoPKeys((typeof dpop === "object" && dpop.algorithm) || "ES256", deps.sealer);
  }

  get usesDPoP(): boolean {
    return Boolean(this.options.dpop);
  }

  requestObjectKey(): Promise<CryptoKey> | undefined {
    const signing = this.options.requestObject;
    if (!signing) return undefined;
    this.#requestObjectKey ??= importClientAssertionKey({
      privateKey: signing.key,
      algorithm: signing.algorithm,
    });
    return this.#requestObjectKey;
  }

  /** Whether this is an OpenID Connect login (`openid` option, else an `openid` scope): a nonce is sent, an ID token expected. */
  get isOpenId(): boolean {
    return this.options.openid ?? scopeList(this.options.scope).includes("openid");
  }

  get scope(): string | undefined {
    const { scope, scopeSeparator = " " } = this.options;
    if (scope === undefined) return undefined;
    return typeof scope === "string" ? scope : scope.join(scopeSeparator);
  }

  get scopes(): { configured: readonly string[]; optional: readonly string[]; incremental: boolean } {
    const { scope, optionalScopes = [], incrementalAuthorization = false } = this.options;
    return { configured: scopeList(scope), optional: optionalScopes, incremental: incrementalAuthorization };
  }

  start(callbackUrl: string, scope?: readonly string[]): Promise<StartedDance> {
    return startDance(this, callbackUrl, scope);
  }

  authorizationRedirect(url: URL): Promise<URL> {
    return authorizationRedirect(this, url);
  }

  callbackKey(params: URLSearchParams): string | null {
    return params.get("state");
  }

  refusal(params: URLSearchParams): Promise<CallbackRefusal | undefined> {
    return callbackRefusal(this, params);
  }

  finish(dance: DanceInFlight, params: URLSearchParams): Promise<Token> {
    return finishDance(this, dance, params);
  }

  isUsable(token: Token | undefined): token is Token {
    return Boolean(token?.access_token);
  }

  /** A token with a refresh token is refreshed as `autoRefresh` says, else unless the provider says `refresh: "none"`. */
  canRefresh(token: Token): boolean {
    const { autoRefresh, refresh } = this.options;
    const enabled = autoRefresh === undefined ? refresh !== "none" : autoRefresh !== false;
    return enabled && Boolean(token.refresh_token);
  }

  get refreshSkew(): number {
    const { autoRefresh } = this.options;
    return (typeof autoRefresh === "object" ? autoRefresh.skew : undefined) ?? 60;
  }

  refresh(token: Token): Promise<Token> {
    return refreshGrant(this, token);
  }

  isDeadRefreshToken(error: DanceError): boolean {
    return isDeadRefreshToken(this, error);
  }

  revoke(token: Token): Promise<boolean> {
    return revokeToken(this, token);
  }

  sendWithToken(
    request: Request,
    token: Token,
    send: (request: Request) => Promise<Response>,
  ): Promise<Response> {
    const apiFetch = this.#apiFetch;
    // A certificate-bound token is good only over a connection that presents the certificate.
    return sendWithToken(this, request, token, apiFetch ? (certified) => apiFetch(certified) : send);
  }

  async userinfoUrl(): Promise<string | undefined> {
    return (await this.configuration()).serverMetadata().userinfo_endpoint;
  }

  async endSessionUrl(params: Readonly<Record<string, string>>): Promise<URL | undefined> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, params);
  }

  async verifyLogoutToken(token: string, checks: LogoutTokenChecks): Promise<VerifiedLogout> {
    const configuration = await this.configuration();
    const server = configuration.serverMetadata();
    const { backchannelLogout, idTokenAlgorithms } = this.options;
    const jwksUri = server.jwks_uri;
    if (jwksUri && this.#logoutKeys?.url !== jwksUri) {
      this.#logoutKeys = { url: jwksUri, keys: remoteKeySet(jwksUri, this.#input.deps.fetch) };
    }
    return verifyLogoutToken(
      token,
      {
        issuer: server.issuer,
        clientId: configuration.clientMetadata().client_id,
        keys: jwksUri ? this.#logoutKeys?.keys : undefined,
        algorithms: server.id_token_signing_alg_values_supported ?? idTokenAlgorithms ?? ["RS256"],
      },
      { ...checks, maxAge: typeof backchannelLogout === "object" ? backchannelLogout.maxAge : undefined },
    );
  }

  /** Whether a URL is an https page of this provider (its issuer's or its authorization endpoint's origin). */
  async isProviderPage(url: string): Promise<boolean> {
    const page = URL.parse(url);
    if (page?.protocol !== "https:") return false;
    const server = (await this.configuration()).serverMetadata();
    const origins = [server.issuer, server.authorization_endpoint].map(
      (known) => known && URL.parse(known)?.origin,
    );
    return origins.includes(page.origin);
  }

  /**
   * The openid-client configuration; a failed discovery or registration is not cached, so the next request tries
   * again. A registered client whose secret has expired is dropped, so the next configuration registers anew.
   */
  configuration(): Promise<client.Configuration> {
    if (this.#registered && secretExpired(this.#registered, (this.#input.deps.now ?? Date.now)())) {
      this.#registered = undefined;
      this.#configuration = undefined;
      this.#refreshConfiguration = undefined;
    }
    this.#configuration ??= this.#configurationInput()
      .then(configure)
      .catch((error: unknown) => {
        this.#configuration = undefined;
        throw error;
      });
    return this.#configuration;
  }

  /** The configuration refreshes go through: the token endpoint, or `autoRefresh.url` when set. */
  async refreshConfiguration(): Promise<client.Configuration> {
    const { autoRefresh } = this.options;
    if (typeof autoRefresh !== "object" || !autoRefresh.url) return this.configuration();
    const url = autoRefresh.url;
    this.#refreshConfiguration ??= this.configuration().then(async (base) =>
      withRefreshEndpoint(base, url, await this.#configurationInput()),
    );
    return this.#refreshConfiguration;
  }

  /** What configurations are built from: the options, with the registered client's credentials under `register`. */
  async #configurationInput(): Promise<ConfigurationInput> {
    if (!this.options.register) return this.#input;
    this.#registered ??= await registeredClient(this.#input, this.#input.deps.now);
    return { ...this.#input, options: withRegisteredClient(this.options, this.#registered) };
  }
}

export function scopeList(scope: string | readonly string[] | undefined): string[] {
  if (scope === undefined) return [];
  return typeof scope === "string" ? scope.split(/[\s,]+/).filter(Boolean) : [...scope];
}
