// What every preset shares: its options are oauth2()'s (or oauth1()'s), with the provider's endpoints filled in.
import type { OAuth1Options } from "../oauth1/oauth1-options.js";
import type { OAuth2Options } from "../oauth2/oauth2-options.js";

/** A preset takes `oauth2()`'s options; any endpoint it fills in can still be overridden (self-hosting, tests). */
export type PresetOptions = OAuth2Options;

/** An OAuth 1.0a preset takes `oauth1()`'s options; any endpoint it fills in can still be overridden. */
export type OAuth1PresetOptions = OAuth1Options;

/** Reads client id and secret from `<PREFIX>_CLIENT_ID` / `<PREFIX>_CLIENT_SECRET` when none are passed. */
export function withFromConfig(
  options: PresetOptions,
  prefix: string,
): { fromConfig?: Record<string, string> } {
  if (options.fromConfig) return { fromConfig: options.fromConfig };
  if (options.clientId) return {};
  return { fromConfig: { clientId: `${prefix}_CLIENT_ID`, clientSecret: `${prefix}_CLIENT_SECRET` } };
}

/**
 * The OAuth 1.0a counterpart of `withFromConfig`: when neither `fromConfig` nor a `clientKey` is passed, reads
 * the options named in `keys` (`{ clientKey: "TWITTER_API_KEY", clientSecret: "TWITTER_API_SECRET" }`).
 */
export function withOAuth1FromConfig(
  options: Pick<OAuth1Options, "clientKey" | "fromConfig">,
  keys: Record<string, string>,
): { fromConfig?: Record<string, string> } {
  if (options.fromConfig) return { fromConfig: options.fromConfig };
  if (options.clientKey) return {};
  return { fromConfig: { ...keys } };
}
