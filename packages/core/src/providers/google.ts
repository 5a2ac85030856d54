// Google (OpenID Connect): refresh tokens only with offline access; consent and account prompts; Workspace domains.
import { oauth2 } from "../oauth2/oauth2.js";
import type { OAuth2Provider } from "../provider.js";
import { type PresetOptions, withFromConfig } from "./preset.js";

export interface GoogleOptions extends PresetOptions {
  /** Ask for a refresh token (`access_type=offline`). */
  offline?: boolean;
  /** Ask the user to consent again (`prompt=consent`); Google re-issues a refresh token only then. */
  repromptConsent?: boolean;
  /** Ask the user to pick an account (`prompt=select_account`). */
  repromptSelectAccount?: boolean;
  /** Restrict the login to one Google Workspace domain (`hd`). Check the ID token's `hd` claim too. */
  hostedDomain?: string;
}

/**
 * Google. Without `clientId`, reads `GOOGLE_CLIENT_ID` / `GOOGLE_CLIENT_SECRET` from the config source.
 *
 * @example google({ clientId, clientSecret, offline: true })
 */
export function google(options: GoogleOptions = {}): OAuth2Provider {
  const { offline, repromptConsent, repromptSelectAccount, hostedDomain, ...rest } = options;
  const authorizationParams: Record<string, string> = {};
  if (offline) authorizationParams.access_type = "offline";
  const prompt = [repromptConsent && "consent", repromptSelectAccount && "select_account"]
    .filter(Boolean)
    .join(" ");
  if (prompt) authorizationParams.prompt = prompt;
  if (hostedDomain) authorizationParams.hd = hostedDomain;
  return oauth2({
    issuer: "https://accounts.google.com",
    authorizationUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    tokenUrl: "https://oauth2.googleapis.com/token",
    userinfoUrl: "https://openidconnect.googleapis.com/v1/userinfo",
    revocationUrl: "https://oauth2.googleapis.com/revoke",
    baseUrl: "https://www.googleapis.com/",
    scope: ["openid", "email", "profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    ...rest,
    authorizationParams: { ...authorizationParams, ...rest.authorizationParams },
    ...withFromConfig(rest, "GOOGLE"),
  });
}
