// DPoP (RFC 9449) keys: one pair per token, made at the code exchange, kept with the token sealed, loaded to sign.
import * as client from "openid-client";
import type { Sealer } from "../../session/seal.js";
import type { Token } from "../../token.js";
import type { DPoPAlgorithm } from "./high-assurance-options.js";

/** The token field that holds the sealed key pair. Sealed, so no store and no `handle.token()` reader sees the key. */
export const DPOP_KEY_FIELD = "dpop_key";

/** Keys whose handle stays ready (its imported keys and the nonces servers gave it); least recently used go first. */
const MAX_READY_KEYS = 1000;

/** What Web Crypto needs to import a JWK of each algorithm. */
const IMPORT_PARAMS: Record<DPoPAlgorithm, RsaHashedImportParams | EcKeyImportParams | Algorithm> = {
  ES256: { name: "ECDSA", namedCurve: "P-256" },
  ES384: { name: "ECDSA", namedCurve: "P-384" },
  PS256: { name: "RSA-PSS", hash: "SHA-256" },
  RS256: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
  Ed25519: { name: "Ed25519" },
  EdDSA: { name: "Ed25519" },
};

interface SealedKey {
  algorithm: DPoPAlgorithm;
  /** The private JWK, which carries the public one too. */
  jwk: JsonWebKey;
}

/** A token's DPoP key, ready to sign. */
export interface DPoPKey {
  handle: client.DPoPHandle;
  /** The value kept in the token's `dpop_key` field. */
  sealed: string;
}

export class DPoPKeys {
  readonly #algorithm: DPoPAlgorithm;
  readonly #sealer: Sealer;
  readonly #ready = new Map<string, Promise<client.DPoPHandle | undefined>>();

  constructor(algorithm: DPoPAlgorithm, sealer: Sealer) {
    this.#algorithm = algorithm;
    this.#sealer = sealer;
  }

  /** A fresh key pair for a code exchange. */
  async create(configuration: client.Configuration): Promise<DPoPKey> {
    const pair = await client.randomDPoPKeyPair(this.#algorithm, { extractable: true });
    const jwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
    const sealed = await this.#sealer.seal({ algorithm: this.#algorithm, jwk } satisfies SealedKey, 0);
    const handle = client.getDPoPHandle(configuration, pair);
    this.#remember(sealed, Promise.resolve(handle));
    return { handle, sealed };
  }

  /** The key a token was issued for, or undefined when it has none (or one no secret of this app opens). */
  async of(token: Token, configuration: client.Configuration): Promise<DPoPKey | undefined> {
    const sealed = token[DPOP_KEY_FIELD];
    if (typeof sealed !== "string") return undefined;
    const handle = this.#ready.get(sealed) ?? this.#load(sealed, configuration).catch(() => undefined);
    this.#remember(sealed, handle);
    const ready = await handle;
    return ready && { handle: ready, sealed };
  }

  async #load(sealed: string, configuration: client.Configuration): Promise<client.DPoPHandle | undefined> {
    const key = await this.#sealer.unseal<SealedKey>(sealed, 0);
    const params = key && IMPORT_PARAMS[key.algorithm];
    if (!key || !params) return undefined;
    // The public half: the private members dropped, and `key_ops` ("sign"), which would forbid "verify".
    const { d: _d, dp: _dp, dq: _dq, p: _p, q: _q, qi: _qi, key_ops: _ops, ...publicJwk } = key.jwk;
    const privateKey = await crypto.subtle.importKey("jwk", key.jwk, params, false, ["sign"]);
    const publicKey = await crypto.subtle.importKey("jwk", publicJwk, params, true, ["verify"]);
    return client.getDPoPHandle(configuration, { privateKey, publicKey });
  }

  #remember(sealed: string, handle: Promise<client.DPoPHandle | undefined>): void {
    this.#ready.delete(sealed);
    this.#ready.set(sealed, handle);
    if (this.#ready.size > MAX_READY_KEYS) this.#ready.delete(this.#ready.keys().next().value as string);
  }
}

/** Whether a token is bound to a DPoP key, so it must never be sent as a bearer token. */
export function isDPoPBound(token: Token): boolean {
  return token.token_type?.toLowerCase() === "dpop" || typeof token[DPOP_KEY_FIELD] === "string";
}
