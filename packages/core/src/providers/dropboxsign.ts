// Dropbox Sign (formerly HelloSign): the state goes back to the token endpoint, refreshes at `/oauth/token?refresh`.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Dropbox Sign's `GET /v3/account`, the fields the profile reads. */
export interface DropboxSignProfile {
  account: {
    account_id: string;
    email_address?: string;
    locale?: string;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Dropbox Sign. The app's scopes and OAuth callback URL are set in its settings (register the dance's callback
 * there). The token request repeats the dance's `state`; refreshes go to a URL of their own. Without `clientId`, reads `DROPBOXSIGN_CLIENT_ID` /
 * `DROPBOXSIGN_CLIENT_SECRET` from the config source.
 *
 * @example dropboxsign({ clientId, clientSecret })
 */
export const dropboxsign = oauth2Preset<NoOptions, DropboxSignProfile>({
  id: "dropboxsign",
  name: "Dropbox Sign",
  docs: "https://developers.hellosign.com/docs/oauth/walkthrough/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.hellosign.com/oauth/authorize",
    tokenUrl: "https://app.hellosign.com/oauth/token",
    baseUrl: "https://api.hellosign.com/v3/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenCallbackParams: ["state"],
    pkceSupport: "unsupported",
    refresh: "standard",
    autoRefresh: { url: "https://app.hellosign.com/oauth/token?refresh" },
  },
  profile: {
    url: "account",
    map: ({ account }) => ({ id: account.account_id, email: account.email_address }),
  },
});
