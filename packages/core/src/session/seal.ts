// Sealing and unsealing cookie values with iron-session's Fe26 format, keyed by secrets that can rotate.
// The Web Crypto version, for every runtime; Node loads seal.node.ts instead (same format, synchronous node:crypto).
import { sealData, unsealData } from "iron-session";
import { secretId } from "./secret-id.js";

/**
 * Seals with the first (newest) secret and unseals with any of them, so `secret: [next, current]` rotates keys
 * without logging anyone out. Each secret's id is derived from the secret itself, so removing an old secret
 * later does not change the id of the ones that stay.
 */
export class Sealer {
  readonly #sealWith: Record<string, string>;
  readonly #unsealWith: Record<string, string>;

  constructor(secrets: readonly string[]) {
    const [newest] = secrets;
    if (newest === undefined) throw new TypeError("at least one secret is required");
    this.#sealWith = { [secretId(newest)]: newest };
    this.#unsealWith = Object.fromEntries(secrets.map((secret) => [secretId(secret), secret]));
  }

  seal(data: unknown, ttlSeconds: number): Promise<string> {
    return sealData(data, { password: this.#sealWith, ttl: ttlSeconds });
  }

  /** Unseals a value; anything tampered, expired, foreign or malformed reads as undefined, never as an error. */
  async unseal<T>(sealed: string, ttlSeconds: number): Promise<T | undefined> {
    try {
      const data = await unsealData<T>(sealed, { password: this.#unsealWith, ttl: ttlSeconds });
      if (data === null || typeof data !== "object" || Object.keys(data).length === 0) return undefined;
      return data;
    } catch {
      return undefined;
    }
  }
}
