// A federated logout in flight, in the session: written by the handle's logout, taken once by the logged-out route.
import { constantTimeEqual } from "../crypto/constant-time.js";
import type { SessionCookies } from "./session-cookies.js";

/** How long the user may take at the provider's logout page. */
const LOGOUT_TTL = 10 * 60;

export interface PendingLogout {
  /** What the provider must echo back (`state`). */
  state: string;
  /** Where the browser goes afterwards: a same-site path. */
  returnTo?: string;
}

function keyOf(provider: string): string {
  return `logout.${provider}`;
}

export async function savePendingLogout(
  session: SessionCookies,
  provider: string,
  pending: PendingLogout,
): Promise<void> {
  await session.set(keyOf(provider), pending, { maxAge: LOGOUT_TTL });
}

/** The logout the provider returned from, consumed; undefined for none, an expired one or another `state`. */
export async function takePendingLogout(
  session: SessionCookies,
  provider: string,
  state: string | null,
): Promise<PendingLogout | undefined> {
  const key = keyOf(provider);
  if (!session.has(key)) return undefined;
  const pending = await session.get<PendingLogout>(key, LOGOUT_TTL);
  session.delete(key);
  if (!pending || typeof pending.state !== "string" || state === null) return undefined;
  return constantTimeEqual(pending.state, state) ? pending : undefined;
}
