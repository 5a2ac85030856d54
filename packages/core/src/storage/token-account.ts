// Which of a user's accounts at a provider a token belongs to, kept in the token itself, for `multipleAccounts`.
import type { Token } from "../token.js";

/** The account's id at the provider (OpenID Connect `sub`, or the profile's id). */
export const ACCOUNT_FIELD = "oauth_dance_account";
/** How the account reads to a person (its email, else its name), from the profile at login. */
export const ACCOUNT_LABEL_FIELD = "oauth_dance_account_label";

/** One account of the user's at a provider. */
export interface ProviderAccount {
  /** The account's stable id at the provider: the ID token's `sub`, or the profile's `id`. */
  id: string;
  /** The account's email, else its name, as the provider told it at login. */
  label?: string | undefined;
}

/** The account a token was stored for, or undefined for a token stored without one (a single-account provider). */
export function accountOf(token: Token): ProviderAccount | undefined {
  const id = token[ACCOUNT_FIELD];
  if (typeof id !== "string" || id === "") return undefined;
  const label = token[ACCOUNT_LABEL_FIELD];
  return { id, label: typeof label === "string" ? label : undefined };
}

/** The token, marked as the given account's. */
export function withAccount(token: Token, account: ProviderAccount): Token {
  const marked: Token = { ...token, [ACCOUNT_FIELD]: account.id };
  if (account.label !== undefined) marked[ACCOUNT_LABEL_FIELD] = account.label;
  return marked;
}
