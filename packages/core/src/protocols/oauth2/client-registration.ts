// Dynamic client registration (RFC 7591) for `oauth2({ register })`: the client is found in its store, or
// registered once and stored, and then used as a `clientId` and `clientSecret` given in the options would be.
import * as client from "openid-client";
import { DanceError } from "../../errors.js";
import {
  type ClientRegistrationKey,
  type ClientRegistrationStore,
  clientRegistrationKey,
  type RegisteredClient,
} from "../../storage/client-registration-store.js";
import { type TokenEndpointAuthMethod, tokenEndpointAuthMethod } from "./client-auth-options.js";
import { allowsInsecure, type ConfigurationInput, discoveryFailure, discoveryUrl } from "./configuration.js";
import type { OAuth2Options } from "./oauth2-options.js";
import { endpointRefusal } from "./token-endpoint-error.js";

/**
 * Registrations under way, per store and key: first requests that arrive together, through one provider or
 * several dances sharing the store, wait for one registration.
 */
const pending = new WeakMap<ClientRegistrationStore, Map<string, Promise<RegisteredClient>>>();

/**
 * The client `register` names: the one stored for its key (unless its secret expired), else a new registration,
 * stored. The store's `addClient` answer is the one used, so instances that registered at the same moment agree.
 * A failure is not remembered: the next call tries again.
 *
 * @param now - the clock (milliseconds) that decides whether a stored secret has expired.
 * @throws DanceError `discovery_failed` when the server cannot be discovered; `client_registration_failed` when it
 *   lists no registration endpoint or refuses the registration (with its `error` and `error_description`);
 *   `storage_failed` when the store fails.
 */
export async function registeredClient(
  input: ConfigurationInput,
  now: () => number = Date.now,
): Promise<RegisteredClient> {
  const { register } = input.options;
  if (!register) throw new TypeError("registeredClient: the provider has no register option");
  const metadata = registrationMetadata(input.options);
  const key = await clientRegistrationKey(input.options.issuer as string, metadata);
  let underWay = pending.get(register.store);
  if (!underWay) {
    underWay = new Map();
    pending.set(register.store, underWay);
  }
  const inFlight = underWay.get(key.key);
  if (inFlight) return inFlight;
  const registration = findOrRegister(input, key, metadata, now).finally(() => underWay.delete(key.key));
  underWay.set(key.key, registration);
  return registration;
}

/**
 * The metadata registered for the options: `register.metadata`, with `[callbackUrl]` as its redirect URIs and the
 * `tokenEndpointAuthMethod` option as its method when it names none.
 */
export function registrationMetadata(options: Readonly<OAuth2Options>): Record<string, unknown> {
  const metadata: Record<string, unknown> = { ...options.register?.metadata };
  if (metadata.redirect_uris === undefined && options.callbackUrl) {
    metadata.redirect_uris = [options.callbackUrl];
  }
  if (metadata.token_endpoint_auth_method === undefined && options.tokenEndpointAuthMethod) {
    metadata.token_endpoint_auth_method = options.tokenEndpointAuthMethod;
  }
  return metadata;
}

/**
 * The options a configuration is built from once the client is registered: its id and secret, and its
 * registered `token_endpoint_auth_method` unless the options name one.
 */
export function withRegisteredClient(
  options: Readonly<OAuth2Options>,
  registered: RegisteredClient,
): Readonly<OAuth2Options> {
  const { register: _register, clientSecret: _secret, ...rest } = options;
  const method = options.tokenEndpointAuthMethod ?? knownMethod(registered.token_endpoint_auth_method);
  return {
    ...rest,
    clientId: registered.client_id,
    ...(registered.client_secret ? { clientSecret: registered.client_secret } : {}),
    ...(method ? { tokenEndpointAuthMethod: method } : {}),
  };
}

/** Whether the client's secret has expired by `nowMs` (`client_secret_expires_at` 0 or absent: never). */
export function secretExpired(registered: RegisteredClient, nowMs: number): boolean {
  const expiresAt = Number(registered.client_secret_expires_at ?? 0);
  return expiresAt > 0 && expiresAt * 1000 <= nowMs;
}

async function findOrRegister(
  input: ConfigurationInput,
  key: ClientRegistrationKey,
  metadata: Record<string, unknown>,
  now: () => number,
): Promise<RegisteredClient> {
  const store = (input.options.register as { store: ClientRegistrationStore }).store;
  const { name } = input;
  const stored = await storeCall(name, "read", () => store.getClient(key));
  if (stored && !secretExpired(checked(name, stored), now())) return stored;
  if (stored) await storeCall(name, "delete", () => store.deleteClient(key));
  const registered = await registerClient(input, metadata);
  return checked(name, await storeCall(name, "keep", () => store.addClient(key, registered)));
}

/** Registers the client at the registration endpoint that discovery of the issuer names. */
async function registerClient(
  { name, options, deps }: ConfigurationInput,
  metadata: Record<string, unknown>,
): Promise<RegisteredClient> {
  const issuer = new URL(options.issuer as string);
  // Which call failed tells a discovery that failed from a registration the server refused.
  let registrationUrl: string | undefined;
  const send = (deps.fetch ?? fetch) as client.CustomFetch;
  const request: client.DynamicClientRegistrationRequestOptions = {
    timeout: deps.timeout,
    [client.customFetch]: (url, init) => {
      if (init.method === "POST") registrationUrl = url;
      return send(url, init);
    },
  };
  if (options.register?.initialAccessToken) request.initialAccessToken = options.register.initialAccessToken;
  if (allowsInsecure(options)) request.execute = [client.allowInsecureRequests];
  try {
    const configuration = await client.dynamicClientRegistration(
      issuer,
      metadata as Partial<client.ClientMetadata>,
      client.None(),
      request,
    );
    // Drops what openid-client keeps under symbols: the store gets the server's answer as JSON.
    return JSON.parse(JSON.stringify(configuration.clientMetadata())) as RegisteredClient;
  } catch (cause) {
    throw await registrationFailure(
      name,
      issuer,
      registrationUrl,
      Boolean(request.initialAccessToken),
      cause,
    );
  }
}

async function registrationFailure(
  provider: string,
  issuer: URL,
  registrationUrl: string | undefined,
  sentToken: boolean,
  cause: unknown,
): Promise<DanceError> {
  if (registrationUrl === undefined) {
    const missing =
      cause instanceof client.ClientError &&
      (cause.code === "OAUTH_MISSING_SERVER_METADATA" || cause.code === "OAUTH_INVALID_SERVER_METADATA");
    const message = missing
      ? `The discovery document at ${discoveryUrl(issuer)} lists no registration_endpoint: the server does not ` +
        "offer dynamic client registration (RFC 7591) there. Register the client at the server and give clientId " +
        "and clientSecret instead of register"
      : discoveryFailure(issuer, cause);
    return new DanceError(missing ? "client_registration_failed" : "discovery_failed", message, {
      provider,
      cause,
    });
  }
  const refusal = await endpointRefusal(cause);
  if (!refusal) {
    // openid-client's message is generic ("invalid response encountered"); its cause says which field.
    const detail = cause instanceof Error && cause.cause instanceof Error ? ` (${cause.cause.message})` : "";
    const reason =
      cause instanceof client.ClientError ? `${cause.message}${detail}` : "it could not be reached";
    return new DanceError(
      "client_registration_failed",
      `The client registration at ${registrationUrl} failed: ${reason}`,
      { provider, cause },
    );
  }
  const error = refusal.error ?? `HTTP ${refusal.status}`;
  return new DanceError(
    "client_registration_failed",
    `${registrationUrl} refused to register the client: ${error}${tokenHint(refusal, sentToken)}`,
    {
      provider,
      status: refusal.status,
      error: refusal.error,
      errorDescription: refusal.description,
      cause,
    },
  );
}

/** What a refusal for want of a valid initial access token most likely means. */
function tokenHint(refusal: { status: number; error?: string | undefined }, sentToken: boolean): string {
  if (refusal.status !== 401 && refusal.error !== "invalid_token") return "";
  return sentToken
    ? " (the server did not accept register.initialAccessToken)"
    : " (the server may require an initial access token: set register.initialAccessToken)";
}

async function storeCall<T>(provider: string, action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    if (cause instanceof DanceError) throw cause;
    throw new DanceError(
      "storage_failed",
      `The client registration store could not ${action} the ${provider} client`,
      { provider, cause },
    );
  }
}

/** The store's client, if it is one: a store that answers something else is broken, not a reason to register. */
function checked(provider: string, stored: RegisteredClient): RegisteredClient {
  if (typeof stored === "object" && stored !== null && typeof stored.client_id === "string") return stored;
  throw new DanceError(
    "storage_failed",
    `The client registration store gave back a ${provider} client without a client_id`,
    { provider },
  );
}

function knownMethod(method: unknown): TokenEndpointAuthMethod | undefined {
  const parsed = tokenEndpointAuthMethod.safeParse(method);
  return parsed.success ? parsed.data : undefined;
}
