// The `register` option of `oauth2()`: a client registered at the server (RFC 7591) instead of a client id and secret.
import { z } from "zod";
import { httpUrl } from "../../options/schema-helpers.js";
import {
  type ClientRegistrationStore,
  isClientRegistrationStore,
} from "../../storage/client-registration-store.js";

/**
 * The client metadata to register (RFC 7591 §2), as the server's registration endpoint takes it: the fields below,
 * and any other the server knows (`logo_uri`, `contacts`, `jwks_uri`, `software_statement`, ...), as JSON.
 */
const clientMetadata = z
  .object({
    /** The callback URLs the server may send the browser back to. Default `[callbackUrl]`, when that option is set. */
    redirect_uris: z.array(httpUrl).min(1).readonly().optional(),
    /**
     * How the client will authenticate at the token endpoint. Default: the `tokenEndpointAuthMethod` option when
     * set, else the server's default (RFC 7591: `client_secret_basic`).
     */
    token_endpoint_auth_method: z.string().min(1).optional(),
    /** The name the server shows users on its consent page. */
    client_name: z.string().min(1).optional(),
    /** The grants the client will use. Add `refresh_token` for refresh tokens; the RFC's default is `authorization_code` alone. */
    grant_types: z.array(z.string().min(1)).readonly().optional(),
    /** The response types the client will use. Default (RFC 7591): `code`. */
    response_types: z.array(z.string().min(1)).readonly().optional(),
    /** The scopes the client may ask for, space-separated. */
    scope: z.string().optional(),
  })
  .catchall(z.json());
export type ClientRegistrationMetadata = z.input<typeof clientMetadata>;

export const register = z
  .object({
    /** What to register: RFC 7591 client metadata. A change registers a new client (the key is its digest). */
    metadata: clientMetadata,
    /**
     * The initial access token (RFC 7591 §3) the server asks registrations to carry, sent as a bearer token. A
     * secret: read it from the environment or `fromConfig`, never from code.
     */
    initialAccessToken: z.string().min(1).optional(),
    /**
     * Where registered clients are kept, so the client is registered once and every instance uses the same one:
     * `KnexStorage`, or `MemoryRegistrationStore` for a single process (a restart registers again).
     */
    store: z.custom<ClientRegistrationStore>(isClientRegistrationStore, {
      message: "must be a ClientRegistrationStore (an object with getClient, addClient and deleteClient)",
    }),
  })
  .strict();
export type ClientRegistrationOptions = z.input<typeof register>;
