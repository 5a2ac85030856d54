// The options of an OAuth 2 / OpenID Connect provider, and their schema.
import { z } from "zod";
import {
  checkEndpointsSecure,
  fromConfigSchema,
  httpUrl,
  stringRecord,
} from "../../options/schema-helpers.js";
import type { BasicAuthEncoding } from "./basic-auth.js";

const paramName = z.string().regex(/^[\w.-]+$/, { message: "must be a parameter name" });
const pemPrivateKey = z.string().includes("PRIVATE KEY", { message: "must be a PEM private key" });

/**
 * How the client authenticates at the token endpoint: the secret in a Basic header, the secret in the body, a JWT
 * signed with the secret (HS256), a JWT signed with the app's private key, or nothing (public clients).
 */
export type TokenEndpointAuthMethod =
  | "client_secret_basic"
  | "client_secret_post"
  | "client_secret_jwt"
  | "private_key_jwt"
  | "none";

/** Whether the provider demands PKCE, accepts it, or breaks when it is sent. */
export type PkceSupport = "required" | "optional" | "unsupported";

/**
 * What a refresh does at this provider: `none` (no refresh tokens), `standard` (RFC 6749), `rotating` (every
 * refresh returns a new refresh token and retires the old one), `reuses` (the answer carries no refresh token:
 * the old one stays valid and is kept).
 */
export type RefreshBehaviour = "none" | "standard" | "rotating" | "reuses";

/** How the code exchange and refresh are sent: a form POST (RFC 6749), a JSON POST, or a GET with a query. */
export type TokenRequestFormat = "form" | "json" | "get";

/** How the provider returns to the callback: a query string (GET) or an auto-submitted form (POST). */
export type ResponseMode = "query" | "form_post";

/** The app's own key for `private_key_jwt` client authentication (RFC 7523). */
export interface PrivateKeyJwtOptions {
  /** PEM PKCS#8 private key ("BEGIN PRIVATE KEY"). */
  privateKey: string;
  /** The key id (`kid`) registered with the provider. */
  keyId?: string;
  /** The signing algorithm. Default `RS256`. */
  algorithm?: "RS256" | "PS256" | "ES256";
}

/**
 * A client secret the app mints itself: an ES256 JWT signed with a private key, as Apple asks for
 * (`iss` team id, `sub` client id, `aud` the provider, `kid` the key id). A fresh one is signed for each call.
 */
export interface SignedClientSecretOptions {
  /** The JWT's `iss` (Apple: the team id). */
  issuer: string;
  /** The JWT header's `kid` (Apple: the key id of the .p8 key). */
  keyId: string;
  /** PEM PKCS#8 P-256 private key (the .p8 file's text). */
  privateKey: string;
  /** The JWT's `aud`. Default: the `issuer` option, else the authorization endpoint's origin. */
  audience?: string;
  /** Seconds the secret is valid. Default 300. */
  expiresIn?: number;
}

/** Where a non-standard token endpoint puts the token and its errors. */
export interface TokenResponseShape {
  /** The field that holds the token object, a dot path (Withings: `body`; Instagram: `data.0`). */
  unwrap?: string;
  /** The token type to record when the provider's is not an RFC 6750 one (Slack v2 answers `bot`). */
  tokenType?: string;
  /** The field that holds the error code when there is no token (WeChat: `errcode`). Default `error`. */
  error?: string;
  /** The field that holds the error text (WeChat: `errmsg`). Default `error_description`. */
  errorDescription?: string;
}

export interface OAuth2Options {
  /** The app's client id at the provider. Required, unless `fromConfig` supplies it. */
  clientId?: string;
  /** The app's client secret. Omit for public clients (PKCE only). */
  clientSecret?: string;
  /** Scopes to ask for: a list, or a string already joined. */
  scope?: string | readonly string[];
  /** How a list of scopes is joined. Default " " (some providers want ","). */
  scopeSeparator?: string;
  /**
   * The issuer. Alone, it is discovered (`/.well-known/openid-configuration`, cached). With `authorizationUrl`
   * and `tokenUrl` it only names the server, for checking ID tokens.
   */
  issuer?: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  userinfoUrl?: string;
  revocationUrl?: string;
  /** The API base that `handle.api` resolves relative URLs against. */
  baseUrl?: string;
  /** Headers every `handle.api` request carries (API version, User-Agent, ...). */
  apiHeaders?: Record<string, string>;
  /** Extra query parameters for the authorization redirect (prompt, access_type, hd, ...). */
  authorizationParams?: Record<string, string>;
  /** Extra body parameters for the code exchange. */
  tokenParams?: Record<string, string>;
  /**
   * PKCE: on (S256) by default, off by default where `pkceSupport` is `unsupported`; `"plain"` only for servers
   * without S256; `false` turns it off.
   */
  pkce?: boolean | "S256" | "plain";
  /** How the client authenticates at the token endpoint. Default `client_secret_basic` (RFC 6749), `none` without a secret. */
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod;
  /**
   * How `client_secret_basic` writes the id and secret: `form-urlencoded` as RFC 6749 §2.3.1 says, `raw` for
   * servers that compare the header undecoded, or `auto` (default): form-encoded first, and once more raw when
   * the server refuses the client and the two differ; the form that worked is used first from then on.
   */
  basicAuthEncoding?: BasicAuthEncoding;
  /** The key `private_key_jwt` signs with. Required for that method. */
  privateKeyJwt?: PrivateKeyJwtOptions;
  /** Mint the client secret as a signed JWT on each call (Apple) instead of sending a fixed `clientSecret`. */
  signedClientSecret?: SignedClientSecretOptions;
  /** The name the provider gives the client id parameter, in the redirect and the token request. Default `client_id`. */
  clientIdParam?: string;
  /** The name the provider gives the client secret body parameter. Default `client_secret`. */
  clientSecretParam?: string;
  /** Send `client_id` in the token request body even with Basic authentication (Fitbit). */
  clientIdInBody?: boolean;
  /** How the token request is encoded. Default `form`. */
  tokenRequestFormat?: TokenRequestFormat;
  /** Headers every token request carries (a User-Agent some providers insist on, for example). */
  tokenHeaders?: Record<string, string>;
  /** Where a non-standard token answer keeps the token and its errors. */
  tokenResponse?: TokenResponseShape;
  /**
   * How the provider returns to the callback. `form_post` makes the callback accept the provider's POST and
   * marks the dance's transient cookie `SameSite=None; Secure` so the cross-site POST carries it. Default `query`.
   */
  responseMode?: ResponseMode;
  /**
   * Whether the provider supports PKCE. `unsupported` turns `pkce` off by default; `required` refuses `pkce: false`.
   * Default `optional`.
   */
  pkceSupport?: PkceSupport;
  /** Callback parameters copied into the token, for values sent only there (Intuit `realmId`, Apple `user`). */
  callbackParams?: readonly string[];
  /** Callback parameters sent back with the code exchange (Naver wants `state` there). */
  tokenCallbackParams?: readonly string[];
  /**
   * Whether the OpenID Connect checks run (nonce sent, ID token required and validated). Default: when the scope
   * has `openid`. `false` for providers that take the scope but answer without an ID token.
   */
  openid?: boolean;
  /** What a refresh does at this provider (see `RefreshBehaviour`). `none` turns `autoRefresh` off by default. */
  refresh?: RefreshBehaviour;
  /**
   * Refresh error codes that mean the refresh token is dead at this provider, besides `invalid_grant` (which
   * always does): the token is then deleted and the user must log in again. Other refusals keep it.
   */
  fatalRefreshErrors?: readonly string[];
  /** Algorithms the provider signs ID tokens with, when not RS256 and not discovered (LINE: HS256). */
  idTokenAlgorithms?: readonly string[];
  /** A header that carries the client id on every `handle.api` request (Twitch: `Client-Id`). */
  apiClientIdHeader?: string;
  /** The Authorization scheme of API calls, when the provider wants another than the token type (`OAuth`). */
  apiAuthScheme?: string;
  /** Send the access token as this query parameter on API calls instead of an Authorization header. */
  apiTokenParam?: string;
  /** Where the browser goes after this provider's dance, used as is (wins over `redirectTo`). */
  redirectUrl?: string;
  /** Where the browser goes after this provider's dance, when `redirectUrl` is not set. */
  redirectTo?: string;
  /** The absolute callback URL registered at the provider, when it cannot be derived from the request. */
  callbackUrl?: string;
  /**
   * Refresh expired tokens on API calls. On by default when the token has a refresh token; `false` turns it off.
   * `url` overrides the token endpoint for refreshes, `params` adds body parameters, `skew` (seconds, default 60)
   * refreshes that long before expiry.
   */
  autoRefresh?: boolean | { url?: string; params?: Record<string, string>; skew?: number };
  /** Option paths to read from the adapter's config source on each request: `{ clientId: "GITHUB_CLIENT_ID" }`. */
  fromConfig?: Record<string, string>;
  /** Allow plain-http endpoints that are not on loopback. Never in production. */
  dangerouslyAllowInsecureHttp?: boolean;
}

export const oauth2OptionsSchema = z
  .object({
    clientId: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    scope: z.union([z.string(), z.array(z.string().min(1))]).optional(),
    scopeSeparator: z.string().min(1).optional(),
    issuer: httpUrl.optional(),
    authorizationUrl: httpUrl.optional(),
    tokenUrl: httpUrl.optional(),
    userinfoUrl: httpUrl.optional(),
    revocationUrl: httpUrl.optional(),
    baseUrl: httpUrl.optional(),
    apiHeaders: stringRecord.optional(),
    authorizationParams: stringRecord.optional(),
    tokenParams: stringRecord.optional(),
    pkce: z.union([z.boolean(), z.literal("S256"), z.literal("plain")]).optional(),
    tokenEndpointAuthMethod: z
      .enum(["client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none"])
      .optional(),
    basicAuthEncoding: z.enum(["auto", "form-urlencoded", "raw"]).optional(),
    privateKeyJwt: z
      .object({
        privateKey: pemPrivateKey,
        keyId: z.string().min(1).optional(),
        algorithm: z.enum(["RS256", "PS256", "ES256"]).optional(),
      })
      .strict()
      .optional(),
    signedClientSecret: z
      .object({
        issuer: z.string().min(1),
        keyId: z.string().min(1),
        privateKey: pemPrivateKey,
        audience: z.string().min(1).optional(),
        expiresIn: z.number().int().positive().max(15_777_000).optional(),
      })
      .strict()
      .optional(),
    clientIdParam: paramName.optional(),
    clientSecretParam: paramName.optional(),
    clientIdInBody: z.boolean().optional(),
    tokenRequestFormat: z.enum(["form", "json", "get"]).optional(),
    tokenHeaders: stringRecord.optional(),
    tokenResponse: z
      .object({
        unwrap: paramName.optional(),
        tokenType: z.string().min(1).optional(),
        error: paramName.optional(),
        errorDescription: paramName.optional(),
      })
      .strict()
      .optional(),
    responseMode: z.enum(["query", "form_post"]).optional(),
    pkceSupport: z.enum(["required", "optional", "unsupported"]).optional(),
    callbackParams: z.array(paramName).optional(),
    tokenCallbackParams: z.array(paramName).optional(),
    openid: z.boolean().optional(),
    refresh: z.enum(["none", "standard", "rotating", "reuses"]).optional(),
    fatalRefreshErrors: z.array(z.string().min(1)).optional(),
    idTokenAlgorithms: z.array(z.string().min(1)).min(1).optional(),
    apiClientIdHeader: z.string().min(1).optional(),
    apiAuthScheme: z.string().min(1).optional(),
    apiTokenParam: paramName.optional(),
    redirectUrl: z.string().min(1).optional(),
    redirectTo: z.string().min(1).optional(),
    callbackUrl: httpUrl.optional(),
    autoRefresh: z
      .union([
        z.boolean(),
        z
          .object({
            url: httpUrl.optional(),
            params: stringRecord.optional(),
            skew: z.number().min(0).optional(),
          })
          .strict(),
      ])
      .optional(),
    fromConfig: fromConfigSchema.optional(),
    dangerouslyAllowInsecureHttp: z.boolean().optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    checkEndpointsSecure(
      options,
      ["issuer", "authorizationUrl", "tokenUrl", "userinfoUrl", "revocationUrl"],
      ctx,
    );
    if (!options.clientId && !options.fromConfig?.clientId) {
      ctx.addIssue({
        code: "custom",
        path: ["clientId"],
        message: "Required (or map it with fromConfig.clientId)",
      });
    }
    if (!options.issuer) {
      for (const key of ["authorizationUrl", "tokenUrl"] as const) {
        if (!options[key]) {
          ctx.addIssue({ code: "custom", path: [key], message: "Required when no issuer is given" });
        }
      }
    }
    const method = options.tokenEndpointAuthMethod;
    if (method === "private_key_jwt") {
      if (!options.privateKeyJwt && !options.fromConfig?.["privateKeyJwt.privateKey"]) {
        ctx.addIssue({ code: "custom", path: ["privateKeyJwt"], message: 'Required for "private_key_jwt"' });
      }
    } else if (method && method !== "none" && !mintsSecret(options)) {
      if (!options.clientSecret && !options.fromConfig?.clientSecret) {
        ctx.addIssue({
          code: "custom",
          path: ["clientSecret"],
          message: `Required for tokenEndpointAuthMethod "${options.tokenEndpointAuthMethod}"`,
        });
      }
    }
    if (options.pkceSupport === "required" && options.pkce === false) {
      ctx.addIssue({ code: "custom", path: ["pkce"], message: "This provider requires PKCE" });
    }
  });

/** Whether the client secret is minted per call (`signedClientSecret`), now or once `fromConfig` has run. */
function mintsSecret(options: {
  signedClientSecret?: unknown;
  fromConfig?: Record<string, string> | undefined;
}) {
  return Boolean(options.signedClientSecret || options.fromConfig?.["signedClientSecret.privateKey"]);
}
