// The security profiles the scenarios dance with: an app key for private_key_jwt and request objects, test
// certificates for mutual TLS, and the two FAPI 2.0-style configurations.
import { generateKeyPairSync } from "node:crypto";
import type { OAuth2Options } from "@oauth-dance/core";
import { makeCertificates } from "./certificates.js";
import type { ScenarioOptions } from "./scenario.js";

/** The app's own key pair: private_key_jwt client authentication and request objects are signed with it. */
const appKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
export const APP_PRIVATE_KEY = appKey.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
export const APP_JWKS = {
  keys: [{ ...appKey.publicKey.export({ format: "jwk" }), kid: "app-1", use: "sig" }],
};

/** Refresh tokens from Local ID: offline_access, which it grants only with a consent prompt. */
export const REFRESHING: Partial<OAuth2Options> = {
  scope: ["openid", "email", "profile", "offline_access"],
  authorizationParams: { prompt: "consent" },
};

/** A FAPI 2.0-style client: PAR and DPoP required by the server, private_key_jwt, PKCE (on by default). */
export const FAPI: ScenarioOptions = {
  idp: { requirePushedAuthorizationRequests: true, dpopNonces: true },
  client: {
    tokenEndpointAuthMethod: "private_key_jwt",
    metadata: { jwks: APP_JWKS, dpop_bound_access_tokens: true },
  },
  provider: {
    ...REFRESHING,
    clientSecret: undefined,
    tokenEndpointAuthMethod: "private_key_jwt",
    privateKeyJwt: { privateKey: APP_PRIVATE_KEY, keyId: "app-1" },
    dpop: true,
  },
};

/** Mutual TLS: Local ID's https endpoints and the app's client certificate, signed by one test authority. */
export const certificates = makeCertificates("scenario-app");
export const MTLS: ScenarioOptions = {
  idp: { mtls: { ...certificates.server, ca: certificates.ca } },
  client: {
    tokenEndpointAuthMethod: "tls_client_auth",
    metadata: {
      tls_client_auth_subject_dn: "CN=scenario-app",
      tls_client_certificate_bound_access_tokens: true,
    },
  },
  provider: (idp) => ({
    ...REFRESHING,
    clientSecret: undefined,
    tokenEndpointAuthMethod: "tls_client_auth",
    mtls: { ...certificates.client, ca: certificates.ca },
    baseUrl: idp.mtls?.apiUrl,
  }),
};

/** Both FAPI 2.0-style configurations, as the server requires them: DPoP, or mutual TLS (each with PAR). */
export const FAPI_PROFILES = [
  ["PAR + DPoP + private_key_jwt", FAPI],
  ["PAR + mTLS", { ...MTLS, idp: { ...MTLS.idp, requirePushedAuthorizationRequests: true } }],
] as const;
