// The OAuth clients (relying parties) registered with Local ID.
import type { ClientMetadata } from "oidc-provider";

export interface LocalIdClient {
  clientId: string;
  clientSecret?: string;
  redirectUris: string[];
  tokenEndpointAuthMethod?:
    | "client_secret_basic"
    | "client_secret_post"
    | "client_secret_jwt"
    | "private_key_jwt"
    | "tls_client_auth"
    | "self_signed_tls_client_auth"
    | "none";
  /**
   * More registration metadata, as oidc-provider names it: `jwks` (for private_key_jwt and signed request
   * objects), `dpop_bound_access_tokens`, `require_pushed_authorization_requests`, `require_signed_request_object`.
   */
  metadata?: Partial<ClientMetadata>;
}

/** Every client may use refresh tokens; they are only issued when `offline_access` is granted. */
export function toClientMetadata(client: LocalIdClient): ClientMetadata {
  const method = client.tokenEndpointAuthMethod ?? (client.clientSecret ? "client_secret_basic" : "none");
  const needsSecret = method.startsWith("client_secret_");
  if (needsSecret && !client.clientSecret) {
    throw new Error(`local-id: client "${client.clientId}" uses ${method} but has no clientSecret`);
  }
  return {
    client_id: client.clientId,
    ...(client.clientSecret ? { client_secret: client.clientSecret } : {}),
    redirect_uris: client.redirectUris,
    token_endpoint_auth_method: method,
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    ...client.metadata,
  };
}
