// How a registered client becomes the client column's JSON and back: plain JSON, or an iron seal wrapped in JSON.
import type { ClientRegistrationKey, RegisteredClient, Sealer } from "@oauth-dance/core";

interface SealedClient {
  key: string;
  client: RegisteredClient;
}

/** Seals of clients never expire on their own: a client can stay registered for years. */
const NO_TTL = 0;

/**
 * Encodes clients for the client column. Their secret is as sensitive as a token, so with `encrypt` the column
 * holds `{"sealed":"Fe26.2*…"}`, bound to its key: a seal copied to another row does not open there.
 */
export class ClientCodec {
  readonly #sealer: Sealer | undefined;

  constructor(sealer?: Sealer) {
    this.#sealer = sealer;
  }

  async encode(client: RegisteredClient, key: ClientRegistrationKey): Promise<string> {
    if (!this.#sealer) return JSON.stringify(client);
    const payload: SealedClient = { key: key.key, client };
    return JSON.stringify({ sealed: await this.#sealer.seal(payload, NO_TTL) });
  }

  /**
   * Reads a column value as the driver returns it (parsed JSON, text, or bytes). Anything that is not a client
   * readable with this store's secret (another secret, a seal of another row, a plain client while sealing is
   * on, a broken value) reads as no client, so the core registers a new one.
   */
  async decode(raw: unknown, key: ClientRegistrationKey): Promise<RegisteredClient | undefined> {
    const value = parse(raw);
    const sealed =
      typeof value?.sealed === "string" && Object.keys(value).length === 1 ? value.sealed : undefined;
    if (!this.#sealer) return sealed === undefined ? asClient(value) : undefined;
    if (sealed === undefined) return undefined;
    const payload = await this.#sealer.unseal<SealedClient>(sealed, NO_TTL);
    return payload?.key === key.key ? asClient(payload.client) : undefined;
  }
}

function parse(raw: unknown): Record<string, unknown> | undefined {
  try {
    const value = raw instanceof Uint8Array ? JSON.parse(new TextDecoder().decode(raw)) : raw;
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function asClient(value: unknown): RegisteredClient | undefined {
  const client = value as RegisteredClient | undefined;
  return typeof client?.client_id === "string" ? client : undefined;
}
