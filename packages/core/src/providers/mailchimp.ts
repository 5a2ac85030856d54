// Mailchimp: no scopes, tokens that never expire (`expires_in: 0`), `OAuth` API auth, a data centre per account.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Mailchimp's `GET https://login.mailchimp.com/oauth2/metadata`. */
export interface MailchimpProfile {
  /** The account's data centre: the Marketing API is at `https://<dc>.api.mailchimp.com/3.0/`. */
  dc: string;
  accountname?: string;
  user_id: number;
  login: {
    login_id: number;
    login_name?: string;
    login_email?: string;
    email?: string;
    avatar?: string | null;
    [field: string]: unknown;
  };
  api_endpoint: string;
  [field: string]: unknown;
}

/**
 * Mailchimp. There are no scopes and no refresh tokens; the token lasts until the user revokes the app. The
 * Marketing API lives on the account's data centre (`raw.api_endpoint` of the profile), so `handle.api` takes
 * absolute URLs. Without `clientId`, reads `MAILCHIMP_CLIENT_ID` / `MAILCHIMP_CLIENT_SECRET` from the config source.
 *
 * @example mailchimp({ clientId, clientSecret })
 */
export const mailchimp = oauth2Preset<NoOptions, MailchimpProfile>({
  id: "mailchimp",
  name: "Mailchimp",
  docs: "https://mailchimp.com/developer/marketing/guides/access-user-data-oauth-2/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://login.mailchimp.com/oauth2/authorize",
    tokenUrl: "https://login.mailchimp.com/oauth2/token",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    apiAuthScheme: "OAuth",
  },
  profile: {
    url: "https://login.mailchimp.com/oauth2/metadata",
    map: (raw) => ({
      id: raw.login.login_id,
      name: raw.login.login_name ?? raw.accountname,
      email: raw.login.login_email ?? raw.login.email,
      avatarUrl: raw.login.avatar ?? undefined,
    }),
  },
});
