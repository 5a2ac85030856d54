// The openid-client Configuration of one OAuth 2 provider: declared endpoints, or discovery completed by them.
import * as client from "openid-client";
import { DanceError } from "../../errors.js";
import type { ClientDeps } from "../protocol.js";
import type { BasicAuth } from "./basic-auth.js";
import { clientAuthOf } from "./client-auth.js";
import { discoverWithRetry } from "./discovery.js";
import type { OAuth2Options } from "./oauth2-options.js";
import { quirksFetch } from "./quirks-fetch.js";

/** What building a configuration needs: the provider's name and options, its deps, its Basic-auth memory. */
export interface ConfigurationInput {
  name: string;
  options: Readonly<OAuth2Options>;
  deps: ClientDeps;
  basic: BasicAuth;
}

/**
 * The configuration the dance runs on: `authorizationUrl` and `tokenUrl` alone need no discovery; otherwise the
 * issuer is discovered and any endpoint the options name completes or overrides what discovery found.
 *
 * @throws DanceError `discovery_failed`, naming the URL tried and what it answered.
 */
export async function configure(input: ConfigurationInput): Promise<client.Configuration> {
  const { options } = input;
  const clientId = options.clientId as string;
  const metadata: Partial<client.ClientMetadata> = {};
  if (options.clientSecret) metadata.client_secret = options.clientSecret;
  // With a client certificate, the server's mTLS endpoint aliases (RFC 8705 §5) are the ones to call.
  if (options.mtls) metadata.use_mtls_endpoint_aliases = true;
  const auth = clientAuthOf(options, input.basic);
  let configuration: client.Configuration;
  if (options.authorizationUrl && options.tokenUrl) {
    const server: client.ServerMetadata = {
      issuer: options.issuer ?? new URL(options.authorizationUrl).origin,
      authorization_endpoint: options.authorizationUrl,
      token_endpoint: options.tokenUrl,
      ...(options.userinfoUrl ? { userinfo_endpoint: options.userinfoUrl } : {}),
      ...(options.revocationUrl ? { revocation_endpoint: options.revocationUrl } : {}),
      ...(options.endSessionUrl ? { end_session_endpoint: options.endSessionUrl } : {}),
      ...(options.idTokenAlgorithms
        ? { id_token_signing_alg_values_supported: [...options.idTokenAlgorithms] }
        : {}),
    };
    configuration = new client.Configuration(server, clientId, metadata, auth);
  } else {
    configuration = withExplicitEndpoints(await discover(input, clientId, metadata, auth), options, auth);
  }
  tune(configuration, input);
  return configuration;
}

/** The same configuration with refreshes sent to `autoRefresh.url`. */
export function withRefreshEndpoint(base: client.Configuration, url: string, input: ConfigurationInput) {
  const server = {
    ...(JSON.parse(JSON.stringify(base.serverMetadata())) as client.ServerMetadata),
    token_endpoint: url,
  };
  const configuration = new client.Configuration(
    server,
    base.clientMetadata().client_id,
    base.clientMetadata(),
    clientAuthOf(input.options, input.basic),
  );
  tune(configuration, input);
  return configuration;
}

async function discover(
  { name, options, deps }: ConfigurationInput,
  clientId: string,
  metadata: Partial<client.ClientMetadata>,
  auth: client.ClientAuth,
): Promise<client.Configuration> {
  const issuer = new URL(options.issuer as string);
  const discoveryOptions: client.DiscoveryRequestOptions = { timeout: deps.timeout };
  if (allowsInsecure(options)) discoveryOptions.execute = [client.allowInsecureRequests];
  if (deps.fetch) discoveryOptions[client.customFetch] = deps.fetch as client.CustomFetch;
  try {
    return await discoverWithRetry({
      issuer,
      clientId,
      metadata,
      auth,
      options: discoveryOptions,
      timeout: deps.timeout,
    });
  } catch (cause) {
    throw new DanceError("discovery_failed", discoveryFailure(issuer, cause), { provider: name, cause });
  }
}

/** Plain http where allowed, the deadline, and the fetch that applies the provider's quirks and Basic retries. */
function tune(configuration: client.Configuration, { options, deps, basic }: ConfigurationInput): void {
  if (allowsInsecure(options)) client.allowInsecureRequests(configuration);
  // The protocol fetch applies the deadline with a timer; left to openid-client it is an AbortSignal per call.
  configuration.timeout = deps.fetch ? 0 : deps.timeout;
  configuration[client.customFetch] = basic.retrying(quirksFetch(options, deps.fetch));
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
      ["end_session_endpoint", options.endSessionUrl],
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
export function discoveryFailure(issuer: URL, cause: unknown): string {
  const url = discoveryUrl(issuer);
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

/** Where discovery of the issuer looks: the issuer's well-known document, or the issuer itself when it is one. */
export function discoveryUrl(issuer: URL): string {
  return issuer.pathname.includes("/.well-known/")
    ? issuer.href
    : `${issuer.href.replace(/\/$/, "")}/.well-known/openid-configuration`;
}

/** openid-client refuses plain http unless told; the options schema already limited it to loopback or an explicit opt-in. */
export function allowsInsecure(options: Readonly<OAuth2Options>): boolean {
  const urls = [options.issuer, options.authorizationUrl, options.tokenUrl].filter(
    (url) => url !== undefined,
  );
  return urls.some((url) => url.startsWith("http:"));
}
