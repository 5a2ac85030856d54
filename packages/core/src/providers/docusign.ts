// Docusign (Authorization Code Grant): Basic client authentication, eight-hour tokens, the API host per account.
import { oauth2Preset } from "./preset.js";

export interface DocusignOptions {
  /** Use the developer environment (`account-d.docusign.com`) instead of production. */
  demo?: boolean;
}

/** Docusign's `GET /oauth/userinfo`: the user, and the accounts (with their API `base_uri`) they belong to. */
export interface DocusignProfile {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  accounts?: {
    account_id: string;
    is_default: boolean;
    account_name: string;
    base_uri: string;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

/**
 * Docusign. The eSignature API lives at the `base_uri` of an account in the profile's `accounts` (add
 * `/restapi`); `api` reaches only the authentication service. `signature` is the eSignature scope; add
 * `extended` for a refresh token that is renewed on use. Without `clientId`, reads `DOCUSIGN_CLIENT_ID` (the
 * integration key) / `DOCUSIGN_CLIENT_SECRET` from the config source.
 *
 * @example docusign({ clientId: integrationKey, clientSecret, scope: ["signature", "extended"], demo: true })
 */
export const docusign = oauth2Preset<DocusignOptions, DocusignProfile>({
  id: "docusign",
  name: "Docusign",
  docs: "https://developers.docusign.com/platform/auth/authcode/",
  checked: "2026-12-04",
  options: ["demo"],
  oauth2: ({ demo }) => {
    const host = demo ? "https://account-d.docusign.com" : "https://account.docusign.com";
    return {
      authorizationUrl: `${host}/oauth/auth`,
      tokenUrl: `${host}/oauth/token`,
      baseUrl: `${host}/`,
      scope: ["signature"],
      tokenEndpointAuthMethod: "client_secret_basic",
      refresh: "standard",
    };
  },
  profile: {
    url: "oauth/userinfo",
    map: (raw) => ({ id: raw.sub, name: raw.name, email: raw.email }),
  },
});
