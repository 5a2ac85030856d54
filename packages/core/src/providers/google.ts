// Google (OpenID Connect): refresh tokens only with offline access; consent and account prompts; Workspace domains.
import { oauth2Preset } from "./preset.js";

export interface GoogleOptions {
  /** Ask for a refresh token (`access_type=offline`). */
  offline?: boolean;
  /** Ask the user to consent again (`prompt=consent`); Google re-issues a refresh token only then. */
  repromptConsent?: boolean;
  /** Ask the user to pick an account (`prompt=select_account`). */
  repromptSelectAccount?: boolean;
  /** Restrict the login to one Google Workspace domain (`hd`). Check the ID token's `hd` claim too. */
  hostedDomain?: string;
}

/** The claims of Google's ID token (`openid email profile`). */
export interface GoogleProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
  picture?: string;
  hd?: string;
  [claim: string]: unknown;
}

/**
 * Google. Refreshes keep the first refresh token (Google sends no new one). Without `clientId`, reads
 * `GOOGLE_CLIENT_ID` / `GOOGLE_CLIENT_SECRET` from the config source.
 *
 * @example google({ clientId, clientSecret, offline: true })
 */
export const google = oauth2Preset<GoogleOptions, GoogleProfile>({
  id: "google",
  name: "Google",
  docs: "https://developers.google.com/identity/protocols/oauth2/web-server",
  checked: "2026-11-27",
  options: ["offline", "repromptConsent", "repromptSelectAccount", "hostedDomain"],
  oauth2: ({ offline, repromptConsent, repromptSelectAccount, hostedDomain }) => {
    const prompt = [repromptConsent && "consent", repromptSelectAccount && "select_account"].filter(Boolean);
    return {
      issuer: "https://accounts.google.com",
      authorizationUrl: "https://accounts.google.com/o/oauth2/v2/auth",
      tokenUrl: "https://oauth2.googleapis.com/token",
      userinfoUrl: "https://openidconnect.googleapis.com/v1/userinfo",
      revocationUrl: "https://oauth2.googleapis.com/revoke",
      baseUrl: "https://www.googleapis.com/",
      scope: ["openid", "email", "profile"],
      tokenEndpointAuthMethod: "client_secret_post",
      refresh: "reuses",
      // Google adds each login's grants to the user's earlier ones: a login for more scopes asks for those only.
      incrementalAuthorization: true,
      authorizationParams: {
        include_granted_scopes: "true",
        ...(offline ? { access_type: "offline" } : {}),
        ...(prompt.length ? { prompt: prompt.join(" ") } : {}),
        ...(hostedDomain ? { hd: hostedDomain } : {}),
      },
    };
  },
});
