// The scopes a login asks for when its URL names more (`handle.loginUrlFor({ scope })`): incremental authorization.
import { DanceError } from "../errors.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import { scopesOf, type Token } from "../token.js";

/** Longest `scope` parameter read, and most scopes taken from it: the URL is anyone's to write, and what it asks for
 * rides in the dance's cookie. */
const MAX_SCOPE_PARAM = 2000;
const MAX_SCOPES = 30;

/** What a login that names scopes asks the provider for, and what the token will hold if it says nothing. */
export interface LoginScopes {
  /** The `scope` of the authorization request. */
  ask: string[];
  /** Everything granted once the user agrees: the stored token's `scope` when the provider answers none. */
  granted: string[];
}

/**
 * The scopes a login asks for when its URL has a `scope` parameter (without one, it asks for the configured
 * scope). Only the configured scopes and `optionalScopes` may be named. A provider that adds grants up (`incrementalAuthorization`)
 * is asked for what is missing beside the configured scopes; any other is asked for everything again, since the
 * token it issues replaces the one before.
 *
 * @throws DanceError `scope_not_allowed` naming a scope the provider's options do not allow a login URL to ask for.
 */
export async function loginScopes(
  param: string,
  client: ProtocolClient,
  current: () => Promise<Token | undefined>,
): Promise<LoginScopes> {
  const named = scopesOf(param.slice(0, MAX_SCOPE_PARAM)).slice(0, MAX_SCOPES);
  const { configured, optional, incremental } = client.scopes;
  const refused = named.filter((scope) => !configured.includes(scope) && !optional.includes(scope));
  if (refused.length > 0) {
    throw new DanceError(
      "scope_not_allowed",
      `A login URL asked ${client.name} for ${refused.map((scope) => JSON.stringify(scope)).join(", ")}: ` +
        "only the provider's scope and optionalScopes may be asked for",
      { provider: client.name, step: "login" },
    );
  }
  const had = scopesOf((await current())?.scope);
  const granted = [...new Set([...configured, ...had, ...named])];
  const ask = incremental
    ? [...new Set([...configured, ...named.filter((scope) => !had.includes(scope))])]
    : granted;
  return { ask, granted };
}
