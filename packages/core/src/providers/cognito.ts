// Amazon Cognito user pools: the hosted UI's domain for the endpoints, the user pool for the ID token's issuer.
import { standardClaims } from "../handle/profile.js";
import type { OidcClaims } from "./oidc-claims.js";
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface CognitoOptions {
  /** The user pool's domain: `example.auth.us-east-1.amazoncognito.com`, or a custom domain. */
  domain: string;
  /** The user pool id (`us-east-1_Example`): names the ID tokens' issuer. */
  userPoolId: string;
}

/** The claims of a Cognito ID token. */
export interface CognitoProfile extends OidcClaims {
  "cognito:username"?: string;
}

/**
 * Amazon Cognito. Without `clientId`, reads `COGNITO_CLIENT_ID` / `COGNITO_CLIENT_SECRET` from the config source.
 *
 * @example cognito({ domain: "example.auth.us-east-1.amazoncognito.com", userPoolId: "us-east-1_Example", clientId, clientSecret })
 */
export const cognito = oauth2Preset<CognitoOptions, CognitoProfile>({
  id: "cognito",
  name: "Amazon Cognito",
  docs: "https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html",
  checked: "2026-12-03",
  options: ["domain", "userPoolId"],
  required: ["domain", "userPoolId"],
  example: { domain: "example.auth.us-east-1.amazoncognito.com", userPoolId: "us-east-1_Example" },
  oauth2: ({ userPoolId }) => {
    // A pool id starts with its region: `us-east-1_AbCdEf`.
    const region = userPoolId.split("_")[0] ?? "";
    return {
      issuer: fillTemplate("cognito", "https://cognito-idp.{region}.amazonaws.com/{userPoolId}", {
        region,
        userPoolId,
      }),
      authorizationUrl: "https://{domain}/oauth2/authorize",
      tokenUrl: "https://{domain}/oauth2/token",
      userinfoUrl: "https://{domain}/oauth2/userInfo",
      revocationUrl: "https://{domain}/oauth2/revoke",
      scope: ["openid", "email", "profile"],
      tokenEndpointAuthMethod: "client_secret_basic",
      refresh: "reuses",
    };
  },
  profile: {
    map: (raw) => ({ ...standardClaims(raw), name: raw.name ?? raw["cognito:username"] }),
  },
});
