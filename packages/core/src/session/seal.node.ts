// Sealing on Node: the Fe26.2 format iron-session writes, done with synchronous node:crypto (about 12x cheaper).
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  type KeyObject,
  pbkdf2Sync,
  timingSafeEqual,
} from "node:crypto";
import { randomPoolBytes } from "../crypto/random.node.js";
import { secretsById, secretsToTry } from "./secret-id.js";

// iron-webcrypto's defaults, which iron-session uses: 256-bit salts, one PBKDF2-SHA1 iteration per key,
// AES-256-CBC with a 128-bit IV, HMAC-SHA256, and 60 s of clock skew allowed on expiry.
const PREFIX = "Fe26.2";
const VERSION = 2;
const SALT_BYTES = 32;
const IV_BYTES = 16;
const KEY_BYTES = 32;
const MIN_SECRET_LENGTH = 32;
const SKEW_MS = 60_000;
/**
 * How many seals share one pair of salts (so one pair of derived keys). Fe26 carries the salts in every seal, so
 * reusing them is a choice of the sealer that every reader, iron-session included, follows; each seal still gets
 * its own random IV, and AES-CBC and HMAC-SHA256 under one key stay sound far beyond this many messages.
 */
const SEALS_PER_SALT = 4096;
/** Keys derived for salts whose seals verified, so reading our own cookies back derives nothing. */
const VERIFIED_KEYS_KEPT = 256;

/** The two keys of one pair of salts. */
interface SaltKeys {
  encryptionSalt: string;
  macSalt: string;
  encryptionKey: KeyObject;
  macKey: KeyObject;
}

/**
 * Seals with the first (newest) secret and unseals with any of them, so `secret: [next, current]` rotates keys
 * without logging anyone out. What it seals iron-session's `unsealData` reads, and the other way round.
 */
export class Sealer {
  readonly #sealId: string;
  readonly #sealSecret: string;
  readonly #byId: ReadonlyMap<string, string>;
  /** Each secret's place in the list, which names it in the key cache without keeping it in a key string. */
  readonly #slotOf: ReadonlyMap<string, number>;
  #current: SaltKeys | undefined;
  #sealsLeft = 0;
  /** Derived keys by `secret slot*salt`, filled only once a seal made with that salt has verified. */
  readonly #verifiedKeys = new Map<string, KeyObject>();

  constructor(secrets: readonly string[]) {
    const [newest] = secrets;
    if (newest === undefined) throw new TypeError("at least one secret is required");
    this.#byId = secretsById(secrets);
    this.#sealId = String(secrets.length);
    this.#sealSecret = newest;
    this.#slotOf = new Map(secrets.map((secret, slot) => [secret, slot]));
  }

  async seal(data: unknown, ttlSeconds: number): Promise<string> {
    const secret = this.#sealSecret;
    if (secret.length < MIN_SECRET_LENGTH) throw new Error("Password string too short");
    const expiration = ttlSeconds ? String(Date.now() + ttlSeconds * 1000) : "";
    const { encryptionSalt, macSalt, encryptionKey, macKey } = this.#saltKeys();
    const iv = randomPoolBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-cbc", encryptionKey, iv);
    const encrypted = Buffer.concat([cipher.update(JSON.stringify(data) ?? "", "utf8"), cipher.final()]);
    const macBase = `${PREFIX}*${this.#sealId}*${encryptionSalt}*${iv.toString("base64url")}*${encrypted.toString("base64url")}*${expiration}`;
    return `${macBase}*${macSalt}*${mac(macKey, macBase)}~${VERSION}`;
  }

  /** The current salts and their keys, drawn afresh every SEALS_PER_SALT seals. */
  #saltKeys(): SaltKeys {
    if (this.#current === undefined || this.#sealsLeft === 0) {
      const random = randomPoolBytes(2 * SALT_BYTES);
      const encryptionSalt = random.toString("hex", 0, SALT_BYTES);
      const macSalt = random.toString("hex", SALT_BYTES);
      const encryptionKey = deriveKey(this.#sealSecret, encryptionSalt);
      const macKey = deriveKey(this.#sealSecret, macSalt);
      this.#current = { encryptionSalt, macSalt, encryptionKey, macKey };
      this.#sealsLeft = SEALS_PER_SALT;
      this.#remember(this.#sealSecret, encryptionSalt, encryptionKey);
      this.#remember(this.#sealSecret, macSalt, macKey);
    }
    this.#sealsLeft--;
    return this.#current;
  }

  /** The key of a salt: remembered when a seal with it verified before, derived otherwise. */
  #keyOf(secret: string, salt: string): KeyObject {
    return this.#verifiedKeys.get(`${this.#slotOf.get(secret)}*${salt}`) ?? deriveKey(secret, salt);
  }

  #remember(secret: string, salt: string, key: KeyObject): void {
    const name = `${this.#slotOf.get(secret)}*${salt}`;
    if (this.#verifiedKeys.has(name)) return;
    // Oldest first out: the map keeps insertion order.
    if (this.#verifiedKeys.size >= VERIFIED_KEYS_KEPT) {
      this.#verifiedKeys.delete(this.#verifiedKeys.keys().next().value as string);
    }
    this.#verifiedKeys.set(name, key);
  }

  /** Unseals a value; anything tampered, expired, foreign or malformed reads as undefined, never as an error. */
  async unseal<T>(sealed: string, _ttlSeconds: number): Promise<T | undefined> {
    try {
      const data = this.#open(sealed);
      if (data === null || typeof data !== "object" || Object.keys(data).length === 0) return undefined;
      return data as T;
    } catch {
      return undefined;
    }
  }

  /** iron-session's `unsealData`, step by step; the expiry is the one inside the seal, as there. */
  #open(sealed: string): unknown {
    const [body = "", version] = sealed.split("~");
    const parts = body.split("*");
    if (parts.length !== 8) return undefined;
    const [prefix, id, encryptionSalt, iv, encrypted, expiration, macSalt, digest] = parts as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (prefix !== PREFIX) return undefined;
    if (expiration) {
      if (!/^\d+$/.test(expiration)) return undefined;
      if (Number.parseInt(expiration, 10) <= Date.now() - SKEW_MS) return undefined;
    }
    // An empty salt makes iron-webcrypto draw a random one, so such a seal never verifies there either.
    if (!encryptionSalt || !macSalt) return undefined;
    const macBase = `${PREFIX}*${id}*${encryptionSalt}*${iv}*${encrypted}*${expiration}`;
    let secret: string | undefined;
    let macKey: KeyObject | undefined;
    for (const candidate of secretsToTry(this.#byId, id || "default")) {
      if (candidate.length < MIN_SECRET_LENGTH) continue;
      const key = this.#keyOf(candidate, macSalt);
      if (!sameText(mac(key, macBase), digest)) continue;
      secret = candidate;
      macKey = key;
      break;
    }
    if (secret === undefined || macKey === undefined) return undefined;
    const encryptionKey = this.#keyOf(secret, encryptionSalt);
    const decipher = createDecipheriv("aes-256-cbc", encryptionKey, Buffer.from(iv, "base64url"));
    const text = decipher.update(encrypted, "base64url", "utf8") + decipher.final("utf8");
    // Only salts of seals made with our secret get here, so a stream of forged cookies cannot churn the keys.
    this.#remember(secret, macSalt, macKey);
    this.#remember(secret, encryptionSalt, encryptionKey);
    const data: unknown = text ? JSON.parse(text) : {};
    // Seals without the "~2" suffix are iron-session v6's, which kept the data under `persistent`.
    if (Number.parseInt(version ?? "", 10) === VERSION) return data;
    return { ...(data as { persistent?: object } | null)?.persistent };
  }
}

/** PBKDF2-SHA1 with one iteration over the salt's hex text, as iron-webcrypto derives both keys. */
function deriveKey(secret: string, salt: string): KeyObject {
  return createSecretKey(pbkdf2Sync(secret, salt, 1, KEY_BYTES, "sha1"));
}

function mac(key: KeyObject, text: string): string {
  return createHmac("sha256", key).update(text, "utf8").digest("base64url");
}

/** Compares the digests as text, as iron-webcrypto does, in constant time. */
function sameText(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(actual, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
