// Login.gov (U.S. government sign-in): iGov OpenID Connect, private_key_jwt client authentication, no refresh tokens.
import { flag, text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface LoginGovOptions {
  /** The PEM (PKCS#8) RSA key whose certificate is registered with the app; signs the RS256 client assertion. */
  privateKey?: string;
  /** Use the sandbox (`idp.int.identitysandbox.gov`) instead of production. */
  sandbox?: boolean;
  /** Ask for an identity-verified user (`urn:acr.login.gov:verified`) instead of authentication only. */
  verified?: boolean;
}

/** Login.gov's userinfo answer, the fields the profile reads. */
export interface LoginGovProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  given_name?: string;
  family_name?: string;
  [claim: string]: unknown;
}

/**
 * Login.gov. The client proves itself with a JWT signed by `privateKey` (`private_key_jwt`; a native app may pass
 * `tokenEndpointAuthMethod: "none"` and rely on PKCE). `acr_values` and `prompt=select_account` are required on
 * every login; there are no refresh tokens. Without `clientId`, reads `LOGINGOV_CLIENT_ID` and
 * `LOGINGOV_PRIVATE_KEY`.
 *
 * @example logingov({ clientId: "urn:gov:gsa:openidconnect.profiles:sp:sso:agency:app", privateKey, sandbox: true })
 */
export const logingov = oauth2Preset<LoginGovOptions, LoginGovProfile>({
  id: "logingov",
  name: "Login.gov",
  docs: "https://developers.login.gov/oidc/getting-started/",
  checked: "2026-12-04",
  options: ["privateKey", "sandbox", "verified"],
  oauth2: ({ privateKey, sandbox, verified }) => {
    const origin = sandbox ? "https://idp.int.identitysandbox.gov" : "https://secure.login.gov";
    return {
      issuer: `${origin}/`,
      authorizationUrl: `${origin}/openid_connect/authorize`,
      tokenUrl: `${origin}/api/openid_connect/token`,
      userinfoUrl: `${origin}/api/openid_connect/userinfo`,
      baseUrl: `${origin}/`,
      scope: verified ? ["openid", "email", "profile"] : ["openid", "email"],
      tokenEndpointAuthMethod: "private_key_jwt",
      ...(privateKey ? { privateKeyJwt: { privateKey, algorithm: "RS256" as const } } : {}),
      refresh: "none",
      authorizationParams: {
        acr_values: verified ? "urn:acr.login.gov:verified" : "urn:acr.login.gov:auth-only",
        prompt: "select_account",
      },
    };
  },
  fromConfig: { clientId: "LOGINGOV_CLIENT_ID", "privateKeyJwt.privateKey": "LOGINGOV_PRIVATE_KEY" },
  // The ID token names only the user; the attributes come from userinfo.
  profile: ({ sandbox }) => ({
    url: `${sandbox ? "https://idp.int.identitysandbox.gov" : "https://secure.login.gov"}/api/openid_connect/userinfo`,
    map: (raw) => ({
      id: raw.sub,
      name: [raw.given_name, raw.family_name].filter(Boolean).join(" ") || undefined,
      email: text(raw.email),
      emailVerified: flag(raw.email_verified),
    }),
  }),
});
