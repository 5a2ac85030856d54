// The options of the OAuth 2 security extensions: pushed and signed authorization requests, DPoP.
import { z } from "zod";

const pemPrivateKey = z.string().includes("PRIVATE KEY", { message: "must be a PEM private key" });

/**
 * Pushed authorization requests (RFC 9126): the parameters go to the server first and the browser carries only
 * `client_id` and `request_uri`. `"auto"` (default) pushes when the server's metadata says
 * `require_pushed_authorization_requests`.
 */
export const par = z.union([z.boolean(), z.literal("auto")]);

/** The algorithms a DPoP key can have (RFC 9449 asks for an asymmetric one). */
export const DPOP_ALGORITHMS = ["ES256", "ES384", "PS256", "RS256", "Ed25519", "EdDSA"] as const;
export type DPoPAlgorithm = (typeof DPOP_ALGORITHMS)[number];

/**
 * DPoP (RFC 9449): a key pair per token, created at the code exchange and kept sealed with the token; every token
 * request and API call carries a proof signed with it. `true` is ES256.
 */
export const dpop = z.union([
  z.boolean(),
  z.object({ /** Default `ES256`. */ algorithm: z.enum(DPOP_ALGORITHMS).optional() }).strict(),
]);

/** Signed authorization requests (JAR, RFC 9101): the parameters in a request object signed with the app's key. */
export const requestObject = z
  .object({
    /** PEM PKCS#8 private key ("BEGIN PRIVATE KEY") whose public key the provider has (`jwks` or `jwks_uri`). */
    key: pemPrivateKey,
    /** The signing algorithm. Default `RS256`. */
    algorithm: z.enum(["RS256", "PS256", "ES256"]).optional(),
    /** The key id (`kid`) registered with the provider. */
    keyId: z.string().min(1).optional(),
  })
  .strict();
export type RequestObjectOptions = z.input<typeof requestObject>;

const pemCertificate = z.string().includes("BEGIN CERTIFICATE", { message: "must be a PEM certificate" });

/**
 * Mutual TLS (RFC 8705): the client certificate every call to the provider presents (Node only). With
 * `tokenEndpointAuthMethod` `tls_client_auth` or `self_signed_tls_client_auth` it is the client's
 * authentication; the server's `mtls_endpoint_aliases` are used; tokens bound to it work for API calls.
 */
export const mtls = z
  .object({
    /** The client certificate (chain), PEM. */
    cert: pemCertificate,
    /** Its private key, PEM. */
    key: pemPrivateKey,
    /** The authorities that sign the server's certificate, when not the runtime's own, PEM. */
    ca: z.union([pemCertificate, z.array(pemCertificate).readonly()]).optional(),
  })
  .strict();
export type MutualTlsOptions = z.input<typeof mtls>;
