// The Redis keys of one (provider, user)'s tokens: one per account, and the set of their accounts. Provider, user
// and account are percent-encoded, so no id can produce another's key, and every key of a (provider, user) sits in
// the same hash tag, so a cluster keeps them on one slot and one script can touch them together.
import { DanceError } from "@oauth-dance/core";

export const DEFAULT_KEY_PREFIX = "oauth-dance:token:";
/** The longest account id kept, as KnexStorage's `provider_user_id` (and OpenID Connect's `sub`) caps it. */
export const MAX_ACCOUNT_LENGTH = 255;

/**
 * `<prefix>{<provider>:<user>}`, or `<prefix>{<provider>}` for the token of a visitor with no app user: the key of
 * the account `""`, which is also the one key a (provider, user) had before accounts. A named account's key is this
 * one followed by `#<percent-encoded account>`.
 */
export function tokenKey(prefix: string, provider: string, user: string | undefined): string {
  const owner = user === undefined ? "" : `:${encodeURIComponent(user)}`;
  return `${prefix}{${encodeURIComponent(provider)}${owner}}`;
}

/** The key of an account, from the owner's key and the account as {@link accountMember} encodes it. */
export function accountKey(ownerKey: string, member: string): string {
  return member === "" ? ownerKey : `${ownerKey}#${member}`;
}

/** The sorted set of the owner's accounts (members as {@link accountMember} encodes them), scored by when stored. */
export function accountsKey(ownerKey: string): string {
  return `${ownerKey}:accounts`;
}

/**
 * The account as a member of the accounts set and a suffix of its key: percent-encoded, so it holds no `#`, `:`,
 * `{` or `}`.
 *
 * @throws DanceError `storage_failed` for an account that is not a string, is over 255 characters, or is not
 *   well-formed text (a lone surrogate).
 */
export function accountMember(account: unknown, provider: string): string {
  if (typeof account !== "string")
    refuse(`needs the account to be a string, not ${typeof account}`, provider);
  if (account.length > MAX_ACCOUNT_LENGTH)
    refuse(`keeps account ids up to ${MAX_ACCOUNT_LENGTH} characters`, provider);
  try {
    return encodeURIComponent(account);
  } catch (cause) {
    return refuse("keeps account ids of well-formed Unicode text only", provider, cause);
  }
}

/** The account a member names, or undefined for a member this store did not write. */
export function accountOfMember(member: string): string | undefined {
  try {
    return decodeURIComponent(member);
  } catch {
    return undefined;
  }
}

function refuse(message: string, provider: string, cause?: unknown): never {
  throw new DanceError("storage_failed", `RedisStorage ${message}`, { provider, step: "store", cause });
}
