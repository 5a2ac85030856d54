// The Redis key of one (provider, user) token. Both parts are percent-encoded, so no provider or user id can
// produce another's key, and both sit in a hash tag, so a cluster keeps each token's key on one slot.

export const DEFAULT_KEY_PREFIX = "oauth-dance:token:";

/** `<prefix>{<provider>:<user>}`, or `<prefix>{<provider>}` for the token of a visitor with no app user. */
export function tokenKey(prefix: string, provider: string, user: string | undefined): string {
  const owner = user === undefined ? "" : `:${encodeURIComponent(user)}`;
  return `${prefix}{${encodeURIComponent(provider)}${owner}}`;
}
