// PingOne: an environment's OpenID Connect endpoints under auth.pingone.<region>/<environment id>/as.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { fillTemplate, oauth2Preset } from "./preset.js";

/** The top-level domain of each PingOne region. */
const REGIONS = { na: "com", eu: "eu", ca: "ca", ap: "asia", au: "com.au" } as const;

export interface PingOneOptions {
  /** The environment id (a UUID). */
  environmentId: string;
  /** The environment's region: `na` (default, `.com`), `eu`, `ca`, `ap` (`.asia`) or `au` (`.com.au`). */
  region?: keyof typeof REGIONS;
}

/** The claims of a PingOne ID token. */
export type PingOneProfile = OidcClaims;

/**
 * PingOne. Each region has its own domain; the endpoints hang under the environment's `/as` issuer. Refresh
 * token rotation is a setting of the application. Without `clientId`, reads `PINGONE_CLIENT_ID` /
 * `PINGONE_CLIENT_SECRET`.
 *
 * @example pingone({ environmentId: "5caa81af-ec05-41ff-a709-c7378007a99c", region: "eu", clientId, clientSecret })
 */
export const pingone = oauth2Preset<PingOneOptions, PingOneProfile>({
  id: "pingone",
  name: "PingOne",
  docs: "https://apidocs.pingidentity.com/pingone/auth/v1/api/#openid-connectoauth-2",
  checked: "2026-12-04",
  options: ["environmentId", "region"],
  required: ["environmentId"],
  defaultOptions: { region: "na" },
  example: { environmentId: "5caa81af-ec05-41ff-a709-c7378007a99c" },
  oauth2: ({ region }) => {
    const tld = REGIONS[region ?? "na"];
    // An unknown region names no domain; the host check below reports it as the option's problem.
    const origin = fillTemplate("pingone", "https://{region}", { region: tld ? `auth.pingone.${tld}` : "" });
    const issuer = `${origin}/{environmentId}/as`;
    return {
      issuer,
      authorizationUrl: `${issuer}/authorize`,
      tokenUrl: `${issuer}/token`,
      userinfoUrl: `${issuer}/userinfo`,
      revocationUrl: `${issuer}/revoke`,
      baseUrl: `${origin.replace("://auth.", "://api.")}/v1/environments/{environmentId}/`,
      scope: ["openid", "email", "profile"],
      refresh: "standard",
    };
  },
  profile: oidcClaims,
});
