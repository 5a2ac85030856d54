// netID (Germany): OpenID Connect through the netID broker; personal data only as essential claims, read at UserInfo.
import { standardClaims } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface NetIdOptions {
  /**
   * Claims to ask the user to release, each requested as essential at UserInfo (`claims` parameter), e.g.
   * `["email", "email_verified", "given_name", "family_name"]`. netID ignores claims not marked essential.
   */
  claims?: readonly string[];
}

/** netID's UserInfo answer (the claims the user released) and ID token. */
export interface NetIdProfile {
  /** A pairwise subject identifier, the same for every client of one service. */
  sub: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  email_verified?: boolean;
  [claim: string]: unknown;
}

/**
 * netID. Without `claims` only the pairwise `sub` is released; the released claims come from UserInfo. No refresh
 * tokens. Without `clientId`, reads `NETID_CLIENT_ID` / `NETID_CLIENT_SECRET` from the config source.
 *
 * @example netid({ clientId, clientSecret, claims: ["email", "email_verified"] })
 */
export const netid = oauth2Preset<NetIdOptions, NetIdProfile>({
  id: "netid",
  name: "netID",
  docs: "https://developerzone.netid.dev/sso/",
  checked: "2026-12-04",
  options: ["claims"],
  oauth2: ({ claims }) => ({
    issuer: "https://broker.netid.de/",
    authorizationUrl: "https://broker.netid.de/authorize",
    tokenUrl: "https://broker.netid.de/token",
    userinfoUrl: "https://broker.netid.de/userinfo",
    scope: ["openid"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "none",
    ...(claims?.length
      ? {
          authorizationParams: {
            claims: JSON.stringify({
              userinfo: Object.fromEntries(claims.map((claim) => [claim, { essential: true }])),
            }),
          },
        }
      : {}),
  }),
  profile: { url: "https://broker.netid.de/userinfo", map: standardClaims },
});
