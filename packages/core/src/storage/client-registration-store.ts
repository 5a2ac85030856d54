// Where clients registered at a server (RFC 7591) are kept, so that an app registers once, not at every start.
import { sha256Hex } from "../crypto/digest.js";
import { stableJson } from "../options/options-key.js";

/** Which registration a stored client is: the issuer it is registered at, and the digest that identifies it. */
export interface ClientRegistrationKey {
  /** The issuer the client is registered at, kept beside the digest for people reading the store. */
  issuer: string;
  /**
   * SHA-256 (64 hex characters) of the issuer and the registered metadata written as JSON with sorted keys: a
   * change to the metadata (a new redirect URI) is another key, so another registration.
   */
  key: string;
}

/**
 * A client as the server registered it (RFC 7591 §3.2.1): its id, its secret when it has one, and the metadata the
 * server recorded. Plain JSON, so any store can keep it as it is.
 */
export interface RegisteredClient {
  client_id: string;
  client_secret?: string;
  /** Unix seconds after which the secret is no longer valid; 0 or absent when it never expires. */
  client_secret_expires_at?: number;
  /** The token that reads, updates or deletes the registration (RFC 7592), when the server issued one. */
  registration_access_token?: string;
  registration_client_uri?: string;
  [field: string]: unknown;
}

/**
 * Where `oauth2({ register })` keeps the clients it registered. Methods may throw; the dance reports that as
 * `storage_failed`. A store shared by several app instances must make `addClient` keep the first client stored
 * for a key, so that instances registering at the same moment all end up using one client.
 */
export interface ClientRegistrationStore {
  /** The client stored for the key, or undefined. */
  getClient(key: ClientRegistrationKey): Promise<RegisteredClient | undefined>;
  /** Stores the client unless one is already stored for the key; returns the client kept (the first one). */
  addClient(key: ClientRegistrationKey, client: RegisteredClient): Promise<RegisteredClient>;
  /** Deletes the client stored for the key (one whose secret expired); deleting an absent one is not an error. */
  deleteClient(key: ClientRegistrationKey): Promise<void>;
}

/**
 * Keeps registered clients in this process's memory: for tests, and for an app that runs as one process. The
 * memory ends with the process, so every restart registers a new client at the server (and the old ones stay
 * registered there); an app with several instances or frequent restarts wants a shared store such as KnexStorage.
 *
 * @example
 * oauth2({ issuer, register: { metadata: { redirect_uris }, store: new MemoryRegistrationStore() } })
 */
export class MemoryRegistrationStore implements ClientRegistrationStore {
  readonly #clients = new Map<string, RegisteredClient>();

  async getClient(key: ClientRegistrationKey): Promise<RegisteredClient | undefined> {
    const client = this.#clients.get(mapKeyOf(key));
    return client && structuredClone(client);
  }

  async addClient(key: ClientRegistrationKey, client: RegisteredClient): Promise<RegisteredClient> {
    const mapKey = mapKeyOf(key);
    if (!this.#clients.has(mapKey)) this.#clients.set(mapKey, structuredClone(client));
    return structuredClone(this.#clients.get(mapKey) as RegisteredClient);
  }

  async deleteClient(key: ClientRegistrationKey): Promise<void> {
    this.#clients.delete(mapKeyOf(key));
  }
}

function mapKeyOf(key: ClientRegistrationKey): string {
  return JSON.stringify([key.issuer, key.key]);
}

/**
 * The key a registration of `metadata` at `issuer` is stored under. Equal metadata written in another key order
 * gives the same key.
 *
 * @example const key = await clientRegistrationKey("https://id.example.com", { redirect_uris: [callback] });
 */
export async function clientRegistrationKey(
  issuer: string,
  metadata: Readonly<Record<string, unknown>>,
): Promise<ClientRegistrationKey> {
  return { issuer, key: await sha256Hex(stableJson([issuer, metadata])) };
}

/** Whether a value has the methods of a ClientRegistrationStore. */
export function isClientRegistrationStore(value: unknown): value is ClientRegistrationStore {
  if (typeof value !== "object" || value === null) return false;
  const methods = value as Record<string, unknown>;
  return ["getClient", "addClient", "deleteClient"].every((name) => typeof methods[name] === "function");
}
