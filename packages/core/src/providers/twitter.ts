// X (Twitter) over OAuth 1.0a: request token, authorize or "Sign in with X" (authenticate), access token.
import { oauth1 } from "../protocols/oauth1/oauth1.js";
import type { OAuth1Provider } from "../provider.js";
import { type OAuth1PresetOptions, oauth1Preset, withOAuth1FromConfig } from "./preset.js";

const API = "https://api.x.com";

export interface TwitterOptions extends OAuth1PresetOptions {
  /**
   * "Sign in with X": send the user to `oauth/authenticate`, which skips the consent screen for a user who
   * already authorized the app. Default: `oauth/authorize`, which always asks.
   */
  signIn?: boolean;
  /** Make the user enter their credentials even when already logged in to X (`force_login=true`). */
  forceLogin?: boolean;
  /** Prefill the username on the login form (`screen_name`). */
  screenName?: string;
}

/**
 * X (Twitter), OAuth 1.0a with HMAC-SHA1; `api` is based on `https://api.x.com/1.1/`. Without `clientKey`,
 * reads `TWITTER_API_KEY` / `TWITTER_API_SECRET` from the config source.
 *
 * @example twitter({ clientKey, clientSecret, signIn: true })
 */
export const twitter = oauth1Preset(
  {
    id: "twitter",
    name: "X (Twitter, OAuth 1.0a)",
    docs: "https://docs.x.com/fundamentals/authentication/oauth-1-0a/obtaining-user-access-tokens",
    options: ["signIn", "forceLogin", "screenName"],
    example: { clientKey: "key", clientSecret: "secret" },
    checked: "2026-12-03",
  },
  (options: TwitterOptions = {}): OAuth1Provider => {
    const { signIn, forceLogin, screenName, ...rest } = options;
    const authorizationParams: Record<string, string> = {};
    if (forceLogin) authorizationParams.force_login = "true";
    if (screenName) authorizationParams.screen_name = screenName;
    return oauth1({
      requestTokenUrl: `${API}/oauth/request_token`,
      authorizationUrl: `${API}/oauth/${signIn ? "authenticate" : "authorize"}`,
      accessTokenUrl: `${API}/oauth/access_token`,
      baseUrl: `${API}/1.1/`,
      ...rest,
      authorizationParams: { ...authorizationParams, ...rest.authorizationParams },
      ...withOAuth1FromConfig(rest, { clientKey: "TWITTER_API_KEY", clientSecret: "TWITTER_API_SECRET" }),
    });
  },
);
