// The profile of OpenID Connect presets: the ID token's standard claims (or the userinfo answer).
import { type ProfileSource, standardClaims } from "../handle/profile.js";

/** The standard OpenID Connect claims a provider may send about the user. */
export interface OidcClaims {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  preferred_username?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
  [claim: string]: unknown;
}

/** Reads the user from the ID token's claims, else the userinfo endpoint, with the standard mapping. */
export const oidcClaims: ProfileSource<OidcClaims> = { map: standardClaims };
