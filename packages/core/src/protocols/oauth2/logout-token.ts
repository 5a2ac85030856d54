// OpenID Connect Back-Channel Logout 1.0 §2.6: the checks a logout token must pass before anything is logged out.
import {
  createRemoteJWKSet,
  customFetch,
  decodeProtectedHeader,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from "jose";
import {
  DEFAULT_LOGOUT_TOKEN_MAX_AGE,
  type LogoutTokenChecks,
  LogoutTokenRefused,
  type VerifiedLogout,
} from "../logout-token-checks.js";

/** The event a logout token must carry (§2.4). */
export const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

/** What a logout token is checked against: the provider's issuer, keys and algorithms, and this client. */
export interface LogoutTokenServer {
  issuer: string;
  clientId: string;
  /** The provider's signing keys; undefined when it publishes none. */
  keys: JWTVerifyGetKey | undefined;
  /** The algorithms the provider signs ID tokens with. */
  algorithms: readonly string[];
}

/** Seconds a logout token's `iat` may lie ahead of the dance's clock (the provider's clock runs fast). */
const FUTURE_IAT_TOLERANCE = 300;

/** The provider's JWKS (`jwks_uri`), fetched through the dance's protocol fetch; jose caches and refreshes it. */
export function remoteKeySet(url: string, fetchImpl: typeof fetch | undefined): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url), fetchImpl ? { [customFetch]: fetchImpl } : {});
}

/**
 * Checks a logout token as §2.6 says: a signed JWT (never unsigned, never encrypted) whose signature the provider's
 * JWKS verifies with an algorithm it signs ID tokens with; `iss` the issuer, `aud` this client; `iat` present, not
 * ahead by more than 5 minutes nor older than `maxAge`; `exp`, when present, not passed; the back-channel logout
 * event; `sub` and/or `sid`; no `nonce`; a `jti` not seen before from this issuer.
 *
 * @throws LogoutTokenRefused naming the rule that failed.
 */
export async function verifyLogoutToken(
  token: string,
  server: LogoutTokenServer,
  checks: LogoutTokenChecks,
): Promise<VerifiedLogout> {
  if (token.split(".").length !== 3) throw new LogoutTokenRefused("not a signed JWT");
  let alg: string | undefined;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch {
    throw new LogoutTokenRefused("not a signed JWT");
  }
  const algorithms = server.algorithms.filter((name) => name !== "none" && !name.startsWith("HS"));
  if (!alg || !algorithms.includes(alg)) throw new LogoutTokenRefused("unexpected signing algorithm");
  if (!server.keys) throw new LogoutTokenRefused("the provider publishes no signing keys");
  const now = checks.now();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, server.keys, {
      algorithms,
      issuer: server.issuer,
      audience: server.clientId,
      currentDate: new Date(now),
    }));
  } catch (error) {
    throw new LogoutTokenRefused(verifyFailure(error));
  }
  const nowSeconds = now / 1000;
  const maxAge = checks.maxAge ?? DEFAULT_LOGOUT_TOKEN_MAX_AGE;
  const { iat, exp, jti, sub, sid, events } = payload as JWTPayload & { sid?: unknown; events?: unknown };
  if (typeof iat !== "number") throw new LogoutTokenRefused("iat is missing");
  if (iat > nowSeconds + FUTURE_IAT_TOLERANCE) throw new LogoutTokenRefused("iat is in the future");
  if (iat < nowSeconds - maxAge) throw new LogoutTokenRefused("the token is too old");
  const event = isObject(events) ? events[BACKCHANNEL_LOGOUT_EVENT] : undefined;
  if (!isObject(event)) throw new LogoutTokenRefused("the back-channel logout event is missing");
  if ("nonce" in payload) throw new LogoutTokenRefused("a logout token must not carry a nonce");
  const subject = typeof sub === "string" && sub !== "" ? sub : undefined;
  const session = typeof sid === "string" && sid !== "" ? sid : undefined;
  if (!subject && !session) throw new LogoutTokenRefused("neither sub nor sid is present");
  if (typeof jti !== "string" || jti === "") throw new LogoutTokenRefused("jti is missing");
  // Remembered as long as the token could pass the checks above: until it is too old, or expires if sooner.
  const until = Math.min((iat + maxAge) * 1000, typeof exp === "number" ? exp * 1000 : Infinity);
  if (checks.replays.replayed(server.issuer, jti, until, now)) {
    throw new LogoutTokenRefused("the token was already used");
  }
  return { issuer: server.issuer, sub: subject, sid: session, issuedAt: iat };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** jose's failure as a fixed reason: its messages may quote the token's claims. */
function verifyFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const claim = (error as { claim?: unknown }).claim;
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && claim === "iss") return "iss is not the issuer";
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && claim === "aud") return "aud is not this client";
  if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") return "a claim is invalid";
  if (code === "ERR_JWT_EXPIRED") return "the token has expired";
  if (code === "ERR_JWS_SIGNATURE_VERIFICATION_FAILED") return "the signature does not verify";
  if (code === "ERR_JWKS_NO_MATCHING_KEY" || code === "ERR_JWKS_MULTIPLE_MATCHING_KEYS") {
    return "no signing key of the provider matches";
  }
  if (code === "ERR_JWKS_TIMEOUT" || code === "ERR_JWKS_INVALID")
    return "the provider's keys are unavailable";
  return "the token could not be verified";
}
