// authentik: each application is its own OpenID Connect provider under /application/o/<slug>/; paths end in "/".
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface AuthentikOptions {
  /** The application's issuer: `https://authentik.example.com/application/o/my-app/`. */
  issuer: string;
}

/** The claims of an authentik ID token. */
export type AuthentikProfile = OidcClaims;

/**
 * authentik. Without `clientId`, reads `AUTHENTIK_CLIENT_ID` / `AUTHENTIK_CLIENT_SECRET` from the config source.
 *
 * @example authentik({ issuer: "https://authentik.example.com/application/o/my-app/", clientId, clientSecret })
 */
export const authentik = oauth2Preset<AuthentikOptions, AuthentikProfile>({
  id: "authentik",
  name: "authentik",
  docs: "https://docs.goauthentik.io/docs/add-secure-apps/providers/oauth2/",
  checked: "2026-11-27",
  options: ["issuer"],
  required: ["issuer"],
  example: { issuer: "https://authentik.example.com/application/o/my-app/" },
  oauth2: ({ issuer }) => {
    const application = fillTemplate("authentik", "{issuer}", { issuer });
    // The endpoints are shared by every application, at the server's root.
    const { origin } = new URL(application);
    return {
      issuer: `${application}/`,
      authorizationUrl: `${origin}/application/o/authorize/`,
      tokenUrl: `${origin}/application/o/token/`,
      userinfoUrl: `${origin}/application/o/userinfo/`,
      revocationUrl: `${origin}/application/o/revoke/`,
      baseUrl: `${origin}/api/v3/`,
      scope: ["openid", "email", "profile"],
      refresh: "rotating",
    };
  },
  profile: oidcClaims,
});
