// Salesforce: login.salesforce.com, test.salesforce.com for sandboxes, or the org's My Domain.
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface SalesforceOptions {
  /** The org's login host (My Domain, `example.my.salesforce.com`). Default `login.salesforce.com`. */
  hostname?: string;
  /** Log in to a sandbox (`test.salesforce.com`) when no `hostname` is given. */
  sandbox?: boolean;
  /** Ask the user to approve the app again (`prompt=consent`). */
  repromptConsent?: boolean;
}

/** Salesforce's userinfo answer. */
export interface SalesforceProfile {
  sub: string;
  user_id: string;
  organization_id: string;
  preferred_username?: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
  [field: string]: unknown;
}

/**
 * Salesforce. The token answer's `instance_url` is the org's API host. Without `clientId`, reads
 * `SALESFORCE_CLIENT_ID` / `SALESFORCE_CLIENT_SECRET` (the consumer key and secret) from the config source.
 *
 * @example salesforce({ clientId, clientSecret, scope: ["api", "refresh_token"], sandbox: true })
 */
export const salesforce = oauth2Preset<SalesforceOptions, SalesforceProfile>({
  id: "salesforce",
  name: "Salesforce",
  docs: "https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm",
  checked: "2026-11-27",
  options: ["hostname", "sandbox", "repromptConsent"],
  oauth2: ({ hostname, sandbox, repromptConsent }) => {
    const login = hostname ?? (sandbox ? "test.salesforce.com" : "login.salesforce.com");
    const host = fillTemplate("salesforce", "https://{hostname}", { hostname: login });
    return {
      issuer: host,
      authorizationUrl: `${host}/services/oauth2/authorize`,
      tokenUrl: `${host}/services/oauth2/token`,
      userinfoUrl: `${host}/services/oauth2/userinfo`,
      revocationUrl: `${host}/services/oauth2/revoke`,
      baseUrl: `${host}/`,
      tokenEndpointAuthMethod: "client_secret_post",
      refresh: "reuses",
      ...(repromptConsent ? { authorizationParams: { prompt: "consent" } } : {}),
    };
  },
  profile: {
    url: "services/oauth2/userinfo",
    map: (raw) => ({
      id: raw.user_id,
      name: raw.name,
      email: raw.email,
      emailVerified: raw.email_verified,
      avatarUrl: raw.picture,
    }),
  },
});
