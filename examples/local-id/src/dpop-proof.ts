// The resource server's side of DPoP (RFC 9449 §7): the proof checked with jose, with a nonce of its own (§9).
import { createHash, randomBytes } from "node:crypto";
import { calculateJwkThumbprint, EmbeddedJWK, jwtVerify } from "jose";

/** Seconds a proof's `iat` may be away from now. */
const IAT_WINDOW = 60;

export interface ProofCheck {
  /** The proof JWT (the `DPoP` header). */
  proof: string | undefined;
  method: string;
  /** The URL the request was sent to, without query and fragment. */
  url: string;
  accessToken: string;
  /** The thumbprint the token is bound to (`cnf.jkt`). */
  jkt: string;
}

/** Why a proof is refused, as the WWW-Authenticate error to answer with. */
export type ProofRefusal = "invalid_dpop_proof" | "use_dpop_nonce";

/**
 * Checks DPoP proofs for one resource server: signature by the embedded key, `typ`, `htm`, `htu`, `iat`, `ath`,
 * the key's thumbprint against the token's binding, a nonce this server issued, and no `jti` twice.
 */
export class DPoPResource {
  readonly nonce = randomBytes(16).toString("base64url");
  readonly #seen = new Set<string>();

  async refusal(check: ProofCheck): Promise<ProofRefusal | undefined> {
    if (!check.proof) return "invalid_dpop_proof";
    let verified: Awaited<ReturnType<typeof jwtVerify>>;
    try {
      verified = await jwtVerify(check.proof, EmbeddedJWK, {
        typ: "dpop+jwt",
        algorithms: ["ES256", "ES384", "PS256", "RS256", "EdDSA", "Ed25519"],
      });
    } catch {
      return "invalid_dpop_proof";
    }
    const { payload, protectedHeader } = verified;
    const ath = createHash("sha256").update(check.accessToken).digest("base64url");
    const now = Math.floor(Date.now() / 1000);
    const fresh = typeof payload.iat === "number" && Math.abs(now - payload.iat) <= IAT_WINDOW;
    const bound =
      protectedHeader.jwk !== undefined && (await calculateJwkThumbprint(protectedHeader.jwk)) === check.jkt;
    const jti = typeof payload.jti === "string" ? payload.jti : "";
    if (
      payload.htm !== check.method ||
      payload.htu !== check.url ||
      payload.ath !== ath ||
      !fresh ||
      !bound ||
      !jti ||
      this.#seen.has(jti)
    ) {
      return "invalid_dpop_proof";
    }
    this.#seen.add(jti);
    return payload.nonce === this.nonce ? undefined : "use_dpop_nonce";
  }
}
