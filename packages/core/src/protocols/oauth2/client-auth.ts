// How an OAuth 2 client proves itself at the token endpoint, chosen once from the options.
import * as client from "openid-client";
import type { BasicAuth } from "./basic-auth.js";
import type { OAuth2Options } from "./oauth2-options.js";
import { importClientAssertionKey, signClientSecret } from "./signed-client-secret.js";

/**
 * The openid-client authentication for the options: `tokenEndpointAuthMethod` (default Basic with a secret,
 * `none` without), with the secret minted per call when `signedClientSecret` is set.
 */
export function clientAuthOf(options: Readonly<OAuth2Options>, basic: BasicAuth): client.ClientAuth {
  const minted = options.signedClientSecret;
  const hasSecret = Boolean(options.clientSecret || minted);
  const method = options.tokenEndpointAuthMethod ?? (hasSecret ? "client_secret_basic" : "none");
  if (method === "none") return client.None();
  // The certificate itself is presented by the fetch the `mtls` option gives the client; the body names the client.
  if (method === "tls_client_auth" || method === "self_signed_tls_client_auth") return client.TlsClientAuth();
  if (method === "private_key_jwt") {
    const keyOptions = options.privateKeyJwt;
    if (!keyOptions) return client.None();
    let key: Promise<CryptoKey> | undefined;
    return async (as, metadata, body, headers) => {
      key ??= importClientAssertionKey(keyOptions);
      const privateKey = { key: await key, ...(keyOptions.keyId ? { kid: keyOptions.keyId } : {}) };
      return client.PrivateKeyJwt(privateKey)(as, metadata, body, headers);
    };
  }
  const audience = options.issuer ?? new URL(options.authorizationUrl as string).origin;
  const secretFor = (clientId: string) =>
    minted ? signClientSecret(minted, clientId, audience) : (options.clientSecret as string);
  if (method === "client_secret_basic") return basic.method(secretFor);
  const withSecret = {
    client_secret_post: client.ClientSecretPost,
    client_secret_jwt: client.ClientSecretJwt,
  }[method];
  if (!minted) return withSecret(options.clientSecret as string);
  return async (as, metadata, body, headers) => {
    const secret = await signClientSecret(minted, metadata.client_id, audience);
    return withSecret(secret)(as, metadata, body, headers);
  };
}
