// How an OAuth 2 client may prove itself at the token endpoint, as options: the method, and the keys it signs with.
import { z } from "zod";

const pemPrivateKey = z.string().includes("PRIVATE KEY", { message: "must be a PEM private key" });

/**
 * How the client authenticates at the token endpoint: the secret in a Basic header, the secret in the body, a JWT
 * signed with the secret (HS256), a JWT signed with the app's private key, its TLS client certificate (`mtls`:
 * issued by a CA, or self-signed and registered), or nothing (public clients).
 */
export const tokenEndpointAuthMethod = z.enum([
  "client_secret_basic",
  "client_secret_post",
  "client_secret_jwt",
  "private_key_jwt",
  "tls_client_auth",
  "self_signed_tls_client_auth",
  "none",
]);
export type TokenEndpointAuthMethod = z.infer<typeof tokenEndpointAuthMethod>;

/** The app's own key for `private_key_jwt` client authentication (RFC 7523). */
export const privateKeyJwt = z
  .object({
    /** PEM PKCS#8 private key ("BEGIN PRIVATE KEY"). */
    privateKey: pemPrivateKey,
    /** The key id (`kid`) registered with the provider. */
    keyId: z.string().min(1).optional(),
    /** The signing algorithm. Default `RS256`. */
    algorithm: z.enum(["RS256", "PS256", "ES256"]).optional(),
  })
  .strict();
export type PrivateKeyJwtOptions = z.input<typeof privateKeyJwt>;

/**
 * A client secret the app mints itself: an ES256 JWT signed with a private key, as Apple asks for
 * (`iss` team id, `sub` client id, `aud` the provider, `kid` the key id). A fresh one is signed for each call.
 */
export const signedClientSecret = z
  .object({
    /** The JWT's `iss` (Apple: the team id). */
    issuer: z.string().min(1),
    /** The JWT header's `kid` (Apple: the key id of the .p8 key). */
    keyId: z.string().min(1),
    /** PEM PKCS#8 P-256 private key (the .p8 file's text). */
    privateKey: pemPrivateKey,
    /** The JWT's `aud`. Default: the `issuer` option, else the authorization endpoint's origin. */
    audience: z.string().min(1).optional(),
    /** Seconds the secret is valid. Default 300. */
    expiresIn: z.number().int().positive().max(15_777_000).optional(),
  })
  .strict();
export type SignedClientSecretOptions = z.input<typeof signedClientSecret>;
