// The sealer a token store keeps tokens at rest with (`encrypt: { secret }` of KnexStorage, RedisStorage, yours):
// the same checks as the dance's own secret, so a placeholder is refused the same way everywhere.
import { Sealer } from "#seal";
import { weakSecretReason } from "./secret-strength.js";

/**
 * The sealer for `encrypt.secret` (a string, or a list that rotates: seal with the first, open with any), or
 * what is wrong with it, worded to follow the option's name (`encrypt.secret must be at least 32 characters`).
 *
 * @example
 * const sealed = atRestSealer(options.encrypt.secret);
 * if (typeof sealed === "string") throw new Error(`MyStorage option encrypt.secret ${sealed}`);
 */
export function atRestSealer(secret: unknown): Sealer | string {
  const secrets = typeof secret === "string" ? [secret] : secret;
  if (!Array.isArray(secrets) || secrets.length === 0)
    return "must be a string or a non-empty list of strings";
  for (const one of secrets) {
    if (typeof one !== "string") return "must be a string or a non-empty list of strings";
    const weakness = weakSecretReason(one);
    if (weakness) return weakness.startsWith("must") ? weakness : `is too easy to guess: ${weakness}`;
  }
  return new Sealer(secrets);
}
