// Sealing and unsealing cookie values with iron-session's Fe26 format, keyed by secrets that can rotate.
// The Web Crypto version, for every runtime; Node loads seal.node.ts instead (same format, synchronous node:crypto).
import { sealData, unsealData } from "iron-session";
import { secretsById, secretsToTry } from "./secret-id.js";

/**
 * Seals with the first (newest) secret and unseals with any of them, so `secret: [next, current]` rotates keys
 * without logging anyone out. A seal names its secret by position (see `secretsById`), and a seal whose id no
 * longer points at the right secret is tried with the others.
 */
export class Sealer {
  readonly #sealWith: Record<string, string>;
  readonly #byId: ReadonlyMap<string, string>;

  constructor(secrets: readonly string[]) {
    const [newest] = secrets;
    if (newest === undefined) throw new TypeError("at least one secret is required");
    this.#byId = secretsById(secrets);
    this.#sealWith = { [String(secrets.length)]: newest };
  }

  seal(data: unknown, ttlSeconds: number): Promise<string> {
    return sealData(data, { password: this.#sealWith, ttl: ttlSeconds });
  }

  /** Unseals a value; anything tampered, expired, foreign or malformed reads as undefined, never as an error. */
  async unseal<T>(sealed: string, ttlSeconds: number): Promise<T | undefined> {
    const id = sealed.split("*", 2)[1] ?? "";
    for (const secret of secretsToTry(this.#byId, id)) {
      try {
        // iron-session looks the secret up by the seal's own id; under that id it finds the one being tried.
        const data = await unsealData<T>(sealed, {
          password: { [id || "default"]: secret },
          ttl: ttlSeconds,
        });
        if (data === null || typeof data !== "object" || Object.keys(data).length === 0) continue;
        return data;
      } catch {
        // Tampered, expired, or sealed with another secret: try the next one.
      }
    }
    return undefined;
  }
}
