// Hugging Face: OpenID Connect with PKCE; an org can be picked on the consent screen.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of a Hugging Face ID token. */
export interface HuggingFaceProfile extends OidcClaims {
  profile?: string;
  isPro?: boolean;
}

/**
 * Hugging Face. Without `clientId`, reads `HUGGINGFACE_CLIENT_ID` / `HUGGINGFACE_CLIENT_SECRET`.
 *
 * @example huggingface({ clientId, clientSecret, scope: ["openid", "profile", "email", "read-repos"] })
 */
export const huggingface = oauth2Preset<NoOptions, HuggingFaceProfile>({
  id: "huggingface",
  name: "Hugging Face",
  docs: "https://huggingface.co/docs/hub/oauth",
  checked: "2026-11-27",
  oauth2: {
    issuer: "https://huggingface.co",
    authorizationUrl: "https://huggingface.co/oauth/authorize",
    tokenUrl: "https://huggingface.co/oauth/token",
    userinfoUrl: "https://huggingface.co/oauth/userinfo",
    baseUrl: "https://huggingface.co/api/",
    scope: ["openid", "profile", "email"],
    refresh: "standard",
  },
  profile: oidcClaims,
});
