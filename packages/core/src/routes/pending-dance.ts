// The sealed, single-use record of a dance in progress, in its own cookie named after the value the callback echoes.
import { constantTimeEqual } from "../crypto/constant-time.js";
import type { DanceInFlight } from "../protocols/protocol.js";
import type { ClientBinding } from "../protocols/provider-runtime.js";
import type { SessionCookies } from "../session/session-cookies.js";

/** How long a user may take at the provider before the dance is forgotten. */
export const PENDING_TTL = 10 * 60;
/**
 * Dances one browser may have in flight. Starting one more forgets the others: abandoned logins cannot pile up
 * into a Cookie header that servers refuse (431), which would lock the user out until the cookies expire.
 */
export const MAX_PENDING_DANCES = 5;

export interface PendingDance extends DanceInFlight {
  provider: string;
  /** The OAuth 2 state or OAuth 1 request token that the callback must echo exactly. */
  key: string;
  next?: string;
  /** For a provider chosen per request: the issuer and client the dance was started with. */
  binding?: ClientBinding;
  /** For a login that asked for more scopes: all the token will hold, when the provider does not say. */
  scope?: string;
}

/**
 * Each dance has its own cookie, so two tabs dancing at once do not overwrite each other. The name carries a
 * short hash of the key (keys may hold characters a cookie name cannot); the full key is compared on the way back.
 */
function sessionKeyOf(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${DANCE_KEYS}${hash.toString(36)}`;
}

/** What every dance's session key starts with. */
const DANCE_KEYS = "dance.";

/**
 * `sameSite: "None"` is for providers that return with a cross-site form POST, which carries no Lax cookie.
 */
export async function savePendingDance(
  session: SessionCookies,
  pending: PendingDance,
  sameSite?: "None",
): Promise<void> {
  const inFlight = session.keysIn(DANCE_KEYS);
  if (inFlight.length >= MAX_PENDING_DANCES) {
    // Bounded, so a forged request carrying thousands of cookies gets a bounded answer.
    for (const key of inFlight.slice(0, 4 * MAX_PENDING_DANCES)) session.delete(key);
  }
  await session.set(sessionKeyOf(pending.key), pending, {
    maxAge: PENDING_TTL,
    ...(sameSite ? { sameSite } : {}),
  });
}

/**
 * Finds and consumes the dance a callback belongs to. Anything that does not match exactly (unknown key,
 * another provider's dance, a tampered or expired cookie) reads as no dance at all.
 */
export async function takePendingDance(
  session: SessionCookies,
  provider: string,
  key: string | null,
): Promise<PendingDance | undefined> {
  if (!key || key.length > 512) return undefined;
  const sessionKey = sessionKeyOf(key);
  if (!session.has(sessionKey)) return undefined;
  const pending = await session.get<PendingDance>(sessionKey, PENDING_TTL);
  session.delete(sessionKey);
  if (!pending || typeof pending.key !== "string" || pending.provider !== provider) return undefined;
  return constantTimeEqual(pending.key, key) ? pending : undefined;
}
