// What every preset shares: its options are oauth2()'s, with the provider's endpoints filled in.
import type { OAuth2Options } from "../oauth2/oauth2-options.js";

/** A preset takes `oauth2()`'s options; any endpoint it fills in can still be overridden (self-hosting, tests). */
export type PresetOptions = OAuth2Options;

/** Reads client id and secret from `<PREFIX>_CLIENT_ID` / `<PREFIX>_CLIENT_SECRET` when none are passed. */
export function withFromConfig(
  options: PresetOptions,
  prefix: string,
): { fromConfig?: Record<string, string> } {
  if (options.fromConfig) return { fromConfig: options.fromConfig };
  if (options.clientId) return {};
  return { fromConfig: { clientId: `${prefix}_CLIENT_ID`, clientSecret: `${prefix}_CLIENT_SECRET` } };
}
