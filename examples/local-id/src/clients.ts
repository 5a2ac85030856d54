// The OAuth clients (relying parties) registered with Local ID.
import type { ClientMetadata } from "oidc-provider";

export interface LocalIdClient {
  clientId: string;
  clientSecret?: string;
  redirectUris: string[];
  tokenEndpointAuthMethod?: "client_secret_basic" | "client_secret_post" | "none";
}

/** Every client may use refresh tokens; they are only issued when `offline_access` is granted. */
export function toClientMetadata(client: LocalIdClient): ClientMetadata {
  const method = client.tokenEndpointAuthMethod ?? (client.clientSecret ? "client_secret_basic" : "none");
  if (method !== "none" && !client.clientSecret) {
    throw new Error(`local-id: client "${client.clientId}" uses ${method} but has no clientSecret`);
  }
  return {
    client_id: client.clientId,
    ...(method === "none" ? {} : { client_secret: client.clientSecret }),
    redirect_uris: client.redirectUris,
    token_endpoint_auth_method: method,
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
  };
}
