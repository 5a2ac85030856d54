// The token as providers send it (snake_case wire format), and the expiry maths applied on every set and read.

/**
 * A token as the provider returned it, plus `expires_at` (unix seconds) computed when it was stored.
 * OAuth 2 tokens carry `access_token`; OAuth 1 tokens carry `oauth_token` and `oauth_token_secret`.
 */
export interface Token {
  access_token?: string;
  token_type?: string;
  refresh_token?: string;
  expires_in?: number;
  expires_at?: number;
  scope?: string;
  id_token?: string;
  oauth_token?: string;
  oauth_token_secret?: string;
  [field: string]: unknown;
}

/** On store: a truthy `expires_in` becomes `expires_at = now + expires_in`, replacing any earlier value. */
export function withExpiresAt(token: Token, nowMs: number): Token {
  const expiresIn = Number(token.expires_in);
  if (!token.expires_in || !Number.isFinite(expiresIn)) return { ...token };
  return { ...token, expires_at: Math.floor(nowMs / 1000) + Math.trunc(expiresIn) };
}

/** On read: `expires_in` is recomputed from `expires_at`, so it says how long is left (negative once expired). */
export function withExpiresIn(token: Token, nowMs: number): Token {
  if (!token.expires_in || typeof token.expires_at !== "number") return token;
  return { ...token, expires_in: token.expires_at - nowMs / 1000 };
}

/** A plain, JSON-safe copy of what a token endpoint answered (helper methods and symbols dropped). */
export function toPlainToken(response: object): Token {
  return JSON.parse(JSON.stringify(response)) as Token;
}

/** The scopes in a `scope` value (a token's, a login URL's), space- or comma-separated (GitHub: `repo,gist`). */
export function scopesOf(value: unknown): string[] {
  return typeof value === "string" ? [...new Set(value.split(/[\s,]+/).filter(Boolean))] : [];
}
