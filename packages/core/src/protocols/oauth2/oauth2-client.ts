// One OAuth 2 provider made ready for requests: its openid-client Configuration, built once (discovery cached).
import * as client from "openid-client";
import { DanceError } from "../../errors.js";
import type { Token } from "../../token.js";
import { BasicAuth } from "./basic-auth.js";
import { clientAuthOf } from "./client-auth.js";
import { discoverWithRetry } from "./discovery.js";
import type { OAuth2Options } from "./oauth2-options.js";
import { quirksFetch } from "./quirks-fetch.js";

export interface ClientDeps {
  /** The protocol fetch (`limitResponseSize`), which abandons a call after `timeout` unless given a signal. */
  fetch?: typeof fetch | undefined;
  /** Seconds before a call to the provider is abandoned. */
  timeout: number;
}

/** The provider options with `fromConfig` applied, checked: what a request's dance runs on. */
export class OAuth2Client {
  readonly kind = "oauth2";
  readonly name: string;
  readonly options: Readonly<OAuth2Options>;
  readonly #deps: ClientDeps;
  /** Which form of Basic credentials this provider's server takes, learned on the first refusal. */
  readonly #basic: BasicAuth;
  #configuration: Promise<client.Configuration> | undefined;
  #refreshConfiguration: Promise<client.Configuration> | undefined;

  constructor(name: string, options: Readonly<OAuth2Options>, deps: ClientDeps) {
    this.name = name;
    this.options = options;
    this.#deps = deps;
    this.#basic = new BasicAuth(options.basicAuthEncoding);
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

  /**
   * Sends the user's access token with an API request: an Authorization header (`bearer` and a missing type both
   * mean "Bearer"; `apiAuthScheme` overrides) or the `apiTokenParam` query parameter, plus `apiClientIdHeader`.
   */
  async authorize(request: Request, token: Token): Promise<Request> {
    const { apiAuthScheme, apiTokenParam, apiClientIdHeader, clientId } = this.options;
    if (apiClientIdHeader && clientId) request.headers.set(apiClientIdHeader, clientId);
    if (apiTokenParam) {
      const url = new URL(request.url);
      url.searchParams.set(apiTokenParam, token.access_token as string);
      return new Request(url, request);
    }
    const type = token.token_type;
    const scheme = apiAuthScheme ?? (!type || type.toLowerCase() === "bearer" ? "Bearer" : type);
    request.headers.set("Authorization", `${scheme} ${token.access_token}`);
    return request;
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
   * Whether tokens of this provider are refreshed automatically (when they carry a refresh token): as
   * `autoRefresh` says, else unless the provider declares `refresh: "none"`.
   */
  get autoRefresh(): boolean {
    const { autoRefresh, refresh } = this.options;
    return autoRefresh === undefined ? refresh !== "none" : autoRefresh !== false;
  }

  /** Seconds before expiry at which a token counts as expired. */
  get refreshSkew(): number {
    const { autoRefresh } = this.options;
    return (typeof autoRefresh === "object" ? autoRefresh.skew : undefined) ?? 60;
  }

  /** The configuration refreshes go through: the token endpoint, or `autoRefresh.url` when set. */
  async refreshConfiguration(): Promise<client.Configuration> {
    const { autoRefresh } = this.options;
    if (typeof autoRefresh !== "object" || !autoRefresh.url) return this.configuration();
    this.#refreshConfiguration ??= this.configuration().then((base) => {
      const server = {
        ...(JSON.parse(JSON.stringify(base.serverMetadata())) as client.ServerMetadata),
        token_endpoint: autoRefresh.url as string,
      };
      const configuration = new client.Configuration(
        server,
        base.clientMetadata().client_id,
        base.clientMetadata(),
        clientAuthOf(this.options, this.#basic),
      );
      this.#tune(configuration);
      return configuration;
    });
    return this.#refreshConfiguration;
  }

  /** The openid-client configuration; a failed discovery is not cached, so the next request tries again. */
  configuration(): Promise<client.Configuration> {
    this.#configuration ??= this.#configure().catch((error: unknown) => {
      this.#configuration = undefined;
      throw error;
    });
    return this.#configuration;
  }

  async #configure(): Promise<client.Configuration> {
    const { options } = this;
    const clientId = options.clientId as string;
    const metadata: Partial<client.ClientMetadata> = {};
    if (options.clientSecret) metadata.client_secret = options.clientSecret;
    const auth = clientAuthOf(options, this.#basic);
    let configuration: client.Configuration;
    if (options.authorizationUrl && options.tokenUrl) {
      const server: client.ServerMetadata = {
        issuer: options.issuer ?? new URL(options.authorizationUrl).origin,
        authorization_endpoint: options.authorizationUrl,
        token_endpoint: options.tokenUrl,
        ...(options.userinfoUrl ? { userinfo_endpoint: options.userinfoUrl } : {}),
        ...(options.revocationUrl ? { revocation_endpoint: options.revocationUrl } : {}),
        ...(options.idTokenAlgorithms
          ? { id_token_signing_alg_values_supported: [...options.idTokenAlgorithms] }
          : {}),
      };
      configuration = new client.Configuration(server, clientId, metadata, auth);
    } else {
      configuration = withExplicitEndpoints(await this.#discover(clientId, metadata, auth), options, auth);
    }
    this.#tune(configuration);
    return configuration;
  }

  async #discover(
    clientId: string,
    metadata: Partial<client.ClientMetadata>,
    auth: client.ClientAuth,
  ): Promise<client.Configuration> {
    const issuer = new URL(this.options.issuer as string);
    const discoveryOptions: client.DiscoveryRequestOptions = { timeout: this.#deps.timeout };
    if (allowsInsecure(this.options)) discoveryOptions.execute = [client.allowInsecureRequests];
    if (this.#deps.fetch) discoveryOptions[client.customFetch] = this.#deps.fetch as client.CustomFetch;
    try {
      return await discoverWithRetry({
        issuer,
        clientId,
        metadata,
        auth,
        options: discoveryOptions,
        timeout: this.#deps.timeout,
      });
    } catch (cause) {
      throw new DanceError("discovery_failed", discoveryFailure(issuer, cause), {
        provider: this.name,
        cause,
      });
    }
  }

  #tune(configuration: client.Configuration): void {
    if (allowsInsecure(this.options)) client.allowInsecureRequests(configuration);
    // The protocol fetch applies the deadline with a timer; left to openid-client it is an AbortSignal per call.
    configuration.timeout = this.#deps.fetch ? 0 : this.#deps.timeout;
    configuration[client.customFetch] = this.#basic.retrying(quirksFetch(this.options, this.#deps.fetch));
  }
}

/**
 * The discovered metadata, completed or overridden by the endpoints the options name: an app that says where
 * revocation or userinfo lives is believed, whatever the discovery document lists (or leaves out).
 */
function withExplicitEndpoints(
  discovered: client.Configuration,
  options: Readonly<OAuth2Options>,
  auth: client.ClientAuth,
): client.Configuration {
  const explicit = Object.fromEntries(
    [
      ["authorization_endpoint", options.authorizationUrl],
      ["token_endpoint", options.tokenUrl],
      ["userinfo_endpoint", options.userinfoUrl],
      ["revocation_endpoint", options.revocationUrl],
    ].filter(([, url]) => url !== undefined),
  );
  if (Object.keys(explicit).length === 0) return discovered;
  const server = { ...discovered.serverMetadata(), ...explicit } as client.ServerMetadata;
  return new client.Configuration(
    server,
    discovered.clientMetadata().client_id,
    discovered.clientMetadata(),
    auth,
  );
}

/** What went wrong with discovery, naming the URL tried and, for an answer that was no document, its status. */
function discoveryFailure(issuer: URL, cause: unknown): string {
  const url = issuer.pathname.includes("/.well-known/")
    ? issuer.href
    : `${issuer.href.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const answer =
    cause instanceof client.ClientError && cause.cause instanceof Response ? cause.cause : undefined;
  if (!answer) return `Could not discover the OpenID Connect configuration at ${url}`;
  const location = answer.headers.get("location");
  if (answer.status >= 300 && answer.status < 400 && location) {
    const target = new URL(location, url).href;
    return (
      `The discovery document at ${url} answered ${answer.status}, a redirect to ${target}, which is not followed: ` +
      `set the provider's issuer to that URL (a full .well-known URL is used as it is)`
    );
  }
  return `The discovery document at ${url} answered HTTP ${answer.status} instead of the configuration`;
}

export function scopeList(scope: string | readonly string[] | undefined): string[] {
  if (scope === undefined) return [];
  return typeof scope === "string" ? scope.split(/[\s,]+/).filter(Boolean) : [...scope];
}

/** openid-client refuses plain http unless told; the options schema already limited it to loopback or an explicit opt-in. */
function allowsInsecure(options: Readonly<OAuth2Options>): boolean {
  const urls = [options.issuer, options.authorizationUrl, options.tokenUrl].filter(
    (url) => url !== undefined,
  );
  return urls.some((url) => url.startsWith("http:"));
}
