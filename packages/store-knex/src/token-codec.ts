// How a token becomes the token column's JSON and back: plain JSON, or an iron seal wrapped in JSON.
import { DanceError, type Sealer, type Token } from "@oauth-dance/core";

/** The row a token belongs to; a seal carries it, so a seal copied into another row does not open there. */
export interface RowKey {
  provider: string;
  /** The app user's id, or "" for the anonymous row. */
  userKey: string;
}

interface SealedPayload {
  provider: string;
  user: string;
  token: Token;
}

/** Seals never expire on their own: a refresh token can outlive any TTL we would pick. */
const NO_TTL = 0;

/**
 * Encodes tokens for the token column. With a sealer, the column holds `{"sealed":"Fe26.2*…"}`: still valid JSON
 * (so json/jsonb columns accept it) but unreadable without the secret.
 */
export class TokenCodec {
  readonly #sealer: Sealer | undefined;

  constructor(sealer?: Sealer) {
    this.#sealer = sealer;
  }

  async encode(token: Token, key: RowKey): Promise<string> {
    if (!this.#sealer) return JSON.stringify(token);
    const payload: SealedPayload = { provider: key.provider, user: key.userKey, token };
    return JSON.stringify({ sealed: await this.#sealer.seal(payload, NO_TTL) });
  }

  /**
   * Reads a column value as the driver returns it: already parsed (json/jsonb on PostgreSQL and MySQL) or text
   * (SQLite, and MariaDB, whose JSON is longtext). A seal that does not open with our secrets, or that belongs to
   * another row, reads as no token, as a tampered session cookie does; so does a plain token when sealing is on,
   * since anyone with write access to the table could have put it there.
   */
  async decode(raw: unknown, key: RowKey): Promise<Token | undefined> {
    const value = parse(raw, key);
    const sealed = sealOf(value);
    if (!this.#sealer) return sealed === undefined ? (value as Token) : undefined;
    if (sealed === undefined) return undefined;
    const payload = await this.#sealer.unseal<SealedPayload>(sealed, NO_TTL);
    if (!payload || payload.provider !== key.provider || payload.user !== key.userKey) return undefined;
    return typeof payload.token === "object" && payload.token !== null ? payload.token : undefined;
  }
}

function parse(raw: unknown, key: RowKey): object {
  let value = raw;
  try {
    if (raw instanceof Uint8Array) value = JSON.parse(new TextDecoder().decode(raw));
    else if (typeof raw === "string") value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  throw new DanceError("storage_failed", `The stored ${key.provider} token is not a JSON object`, {
    provider: key.provider,
  });
}

function sealOf(value: object): string | undefined {
  const { sealed } = value as { sealed?: unknown };
  const onlyKey = Object.keys(value).length === 1;
  return onlyKey && typeof sealed === "string" && sealed.startsWith("Fe26.") ? sealed : undefined;
}
