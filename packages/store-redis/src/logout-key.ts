// The Redis keys of back-channel logouts: one per (provider, issuer, sub) and one per (provider, issuer, sid).
import type { LogoutQuery } from "@oauth-dance/core";

export const DEFAULT_LOGOUT_KEY_PREFIX = "oauth-dance:logout:";

/**
 * `<prefix><provider>:<issuer>:sub:<sub>` and `…:sid:<sid>`, for the parts the query has. Every part is
 * percent-encoded, so no provider, issuer or id can produce another's key.
 */
export function logoutKeys(prefix: string, { provider, issuer, sub, sid }: LogoutQuery): string[] {
  const base = `${prefix}${encodeURIComponent(provider)}:${encodeURIComponent(issuer)}`;
  const keys: string[] = [];
  if (sub !== undefined) keys.push(`${base}:sub:${encodeURIComponent(sub)}`);
  if (sid !== undefined) keys.push(`${base}:sid:${encodeURIComponent(sid)}`);
  return keys;
}
