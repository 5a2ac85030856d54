// The options of an OAuth 2 / OpenID Connect provider, and their schema.
import { z } from "zod";
import {
  checkEndpointsSecure,
  fromConfigSchema,
  httpUrl,
  stringRecord,
} from "../../options/schema-helpers.js";
import type { BasicAuthEncoding } from "./basic-auth.js";
import { privateKeyJwt, signedClientSecret, tokenEndpointAuthMethod } from "./client-auth-options.js";
import { dpop, mtls, par, requestObject } from "./high-assurance-options.js";
import { register } from "./registration-options.js";

const paramName = z.string().regex(/^[\w.-]+$/, { message: "must be a parameter name" });

/** Whether the provider demands PKCE, accepts it, or breaks when it is sent. */
const pkceSupport = z.enum(["required", "optional", "unsupported"]);
export type PkceSupport = z.infer<typeof pkceSupport>;

/**
 * What a refresh does at this provider: `none` (no refresh tokens: expired tokens are not refreshed by default),
 * `standard` (RFC 6749: a new refresh token may come; when none does, the old one is kept), `rotating` (every
 * refresh returns a new refresh token and retires the old one, which is therefore never kept or sent again, even
 * when an answer carries none), `reuses` (the answer carries no refresh token: the old one stays valid and is kept).
 */
const refreshBehaviour = z.enum(["none", "standard", "rotating", "reuses"]);
export type RefreshBehaviour = z.infer<typeof refreshBehaviour>;

/** How the code exchange and refresh are sent: a form POST (RFC 6749), a JSON POST, or a GET with a query. */
const tokenRequestFormat = z.enum(["form", "json", "get"]);
export type TokenRequestFormat = z.infer<typeof tokenRequestFormat>;

/** How the provider returns to the callback: a query string (GET) or an auto-submitted form (POST). */
const responseMode = z.enum(["query", "form_post"]);
export type ResponseMode = z.infer<typeof responseMode>;

/** Where a non-standard token endpoint puts the token and its errors. */
const tokenResponseShape = z
  .object({
    /** The field that holds the token object, a dot path (Withings: `body`; Instagram: `data.0`). */
    unwrap: paramName.optional(),
    /** The token type to record when the provider's is not an RFC 6750 one (Slack v2 answers `bot`). */
    tokenType: z.string().min(1).optional(),
    /** The field that holds the error code when there is no token (WeChat: `errcode`). Default `error`. */
    error: paramName.optional(),
    /** The field that holds the error text (WeChat: `errmsg`). Default `error_description`. */
    errorDescription: paramName.optional(),
  })
  .strict();
export type TokenResponseShape = z.input<typeof tokenResponseShape>;

/** The options of `oauth2()` and of every OAuth 2 preset; each is documented on its schema key below. */
export const oauth2OptionsSchema = z
  .object({
    /** The app's client id at the provider. Required, unless `fromConfig` supplies it or `register` is set. */
    clientId: z.string().min(1).optional(),
    /** The app's client secret. Omit for public clients (PKCE only), and with `register`. */
    clientSecret: z.string().min(1).optional(),
    /**
     * Dynamic client registration (RFC 7591), instead of `clientId` and `clientSecret`: on first need, the client
     * is looked up in `store`, else registered at the `registration_endpoint` that discovery of `issuer` names
     * (once per process, however many requests arrive together) and stored. Its id, secret and
     * `token_endpoint_auth_method` are then used; a stored secret that expired is registered again. Needs `issuer`.
     */
    register: register.optional(),
    /** Scopes to ask for: a list, or a string already joined. */
    scope: z.union([z.string(), z.array(z.string().min(1)).readonly()]).optional(),
    /**
     * Scopes a login may ask for beyond `scope`, later (incremental authorization): `handle.loginUrlFor({ scope })`
     * names them on the login URL. A login URL naming any other scope is refused (`scope_not_allowed`).
     */
    optionalScopes: z.array(z.string().min(1)).readonly().optional(),
    /**
     * The provider adds what a login grants to what the user granted before (Google's `include_granted_scopes`), so a
     * login for more scopes asks for the missing ones only. Elsewhere it asks for all of them again.
     */
    incrementalAuthorization: z.boolean().optional(),
    /** How a list of scopes is joined. Default " " (some providers want ","). */
    scopeSeparator: z.string().min(1).optional(),
    /**
     * The issuer. Alone, it is discovered (`/.well-known/openid-configuration`, cached). With `authorizationUrl`
     * and `tokenUrl` it only names the server, for checking ID tokens.
     */
    issuer: httpUrl.optional(),
    authorizationUrl: httpUrl.optional(),
    tokenUrl: httpUrl.optional(),
    userinfoUrl: httpUrl.optional(),
    revocationUrl: httpUrl.optional(),
    /**
     * The OpenID Connect end-session endpoint (RP-Initiated Logout), where `logout({ federated: true })` sends the
     * browser; found by discovery (`end_session_endpoint`) when not given.
     */
    endSessionUrl: httpUrl.optional(),
    /**
     * OpenID Connect Back-Channel Logout 1.0: `true`, or `{ maxAge }` (seconds a logout token may be old, default
     * 300). The provider POSTs a signed logout token to `<prefix>/<name>/backchannel-logout` (register
     * `https://<app>/login/<name>/backchannel-logout` as the client's `backchannel_logout_uri`); once it is
     * verified, the user's tokens of this provider issued before it read as absent (see `logoutList`). Default off.
     */
    backchannelLogout: z
      .union([z.boolean(), z.object({ maxAge: z.number().int().positive().optional() }).strict()])
      .optional(),
    /**
     * Keep a token per account the user connects at this provider (a personal and a work account), not one per
     * user: the account is the ID token's `sub`, else the profile's `id` (one profile call at login).
     * `handle.accounts()` lists them, `handle.account(id)` is one of them, and the plain handle is the account
     * connected last. Needs a store that keeps accounts (`MemoryStorage`, `KnexStorage`, `RedisStorage`).
     * Default false.
     */
    multipleAccounts: z.boolean().optional(),
    /** The API base that `handle.api` resolves relative URLs against. */
    baseUrl: httpUrl.optional(),
    /** Headers every `handle.api` request carries (API version, User-Agent, ...). */
    apiHeaders: stringRecord.optional(),
    /** Extra query parameters for the authorization redirect (prompt, access_type, hd, ...). */
    authorizationParams: stringRecord.optional(),
    /** Extra body parameters for the code exchange. */
    tokenParams: stringRecord.optional(),
    /**
     * PKCE: on (S256) by default, off by default where `pkceSupport` is `unsupported`; `"plain"` only for servers
     * without S256; `false` turns it off.
     */
    pkce: z.union([z.boolean(), z.literal("S256"), z.literal("plain")]).optional(),
    /** How the client authenticates at the token endpoint. Default `client_secret_basic` (RFC 6749), `none` without a secret. */
    tokenEndpointAuthMethod: tokenEndpointAuthMethod.optional(),
    /**
     * How `client_secret_basic` writes the id and secret: `form-urlencoded` as RFC 6749 §2.3.1 says, `raw` for
     * servers that compare the header undecoded, or `auto` (default): form-encoded first, and once more raw when
     * the server refuses the client and the two differ; the form that worked is used first from then on.
     */
    basicAuthEncoding: z.enum(["auto", "form-urlencoded", "raw"] satisfies BasicAuthEncoding[]).optional(),
    /** The key `private_key_jwt` signs with. Required for that method. */
    privateKeyJwt: privateKeyJwt.optional(),
    /** Mint the client secret as a signed JWT on each call (Apple) instead of sending a fixed `clientSecret`. */
    signedClientSecret: signedClientSecret.optional(),
    /**
     * Pushed authorization requests (RFC 9126): `true`, `false`, or `"auto"` (default): pushed when the server's
     * metadata says `require_pushed_authorization_requests`. The redirect then carries only `client_id` and
     * `request_uri`.
     */
    par: par.optional(),
    /**
     * DPoP (RFC 9449): `true` (ES256) or `{ algorithm }`. A key pair per token, made at the code exchange and kept
     * with the token, sealed; the token request, every refresh and every `handle.api` call carry a proof, and the
     * token is sent with the `DPoP` scheme, never as a bearer. Server nonces are retried once. Default off.
     */
    dpop: dpop.optional(),
    /** Signed authorization requests (JAR, RFC 9101): the parameters in a request object signed with `key`. */
    requestObject: requestObject.optional(),
    /**
     * Mutual TLS (RFC 8705, Node only): `{ cert, key, ca? }` (PEM), presented on every call to the provider and on
     * `handle.api` calls. Client authentication with `tokenEndpointAuthMethod` `tls_client_auth` or
     * `self_signed_tls_client_auth`; the server's `mtls_endpoint_aliases` are used; certificate-bound tokens work.
     */
    mtls: mtls.optional(),
    /** The name the provider gives the client id parameter, in the redirect and the token request. Default `client_id`. */
    clientIdParam: paramName.optional(),
    /** The name the provider gives the client secret body parameter. Default `client_secret`. */
    clientSecretParam: paramName.optional(),
    /** Send `client_id` in the token request body even with Basic authentication (Fitbit). */
    clientIdInBody: z.boolean().optional(),
    /** How the token request is encoded. Default `form`. */
    tokenRequestFormat: tokenRequestFormat.optional(),
    /** Headers every token request carries (a User-Agent some providers insist on, for example). */
    tokenHeaders: stringRecord.optional(),
    /** Where a non-standard token answer keeps the token and its errors. */
    tokenResponse: tokenResponseShape.optional(),
    /**
     * How the provider returns to the callback. `form_post` makes the callback accept the provider's POST and
     * marks the dance's transient cookie `SameSite=None; Secure` so the cross-site POST carries it. Default `query`.
     */
    responseMode: responseMode.optional(),
    /**
     * Whether the provider supports PKCE. `unsupported` turns `pkce` off by default; `required` refuses `pkce: false`.
     * Default `optional`.
     */
    pkceSupport: pkceSupport.optional(),
    /** Callback parameters copied into the token, for values sent only there (Intuit `realmId`, Apple `user`). */
    callbackParams: z.array(paramName).readonly().optional(),
    /** Callback parameters sent back with the code exchange (Naver wants `state` there). */
    tokenCallbackParams: z.array(paramName).readonly().optional(),
    /**
     * Whether the OpenID Connect checks run (nonce sent, ID token required and validated). Default: when the scope
     * has `openid`. `false` for providers that take the scope but answer without an ID token.
     */
    openid: z.boolean().optional(),
    /** What a refresh does at this provider (see `RefreshBehaviour`). `none` turns `autoRefresh` off by default. */
    refresh: refreshBehaviour.optional(),
    /**
     * Refresh error codes that mean the refresh token is dead at this provider, besides `invalid_grant` (which
     * always does): the token is then deleted and the user must log in again. Other refusals keep it.
     */
    fatalRefreshErrors: z.array(z.string().min(1)).readonly().optional(),
    /** Algorithms the provider signs ID tokens with, when not RS256 and not discovered (LINE: HS256). */
    idTokenAlgorithms: z.array(z.string().min(1)).min(1).readonly().optional(),
    /** A header that carries the client id on every `handle.api` request (Twitch: `Client-Id`). */
    apiClientIdHeader: z.string().min(1).optional(),
    /** The Authorization scheme of API calls, when the provider wants another than the token type (`OAuth`). */
    apiAuthScheme: z.string().min(1).optional(),
    /** Send the access token as this query parameter on API calls instead of an Authorization header. */
    apiTokenParam: paramName.optional(),
    /** Where the browser goes after this provider's dance, used as is (wins over `redirectTo`). */
    redirectUrl: z.string().min(1).optional(),
    /** Where the browser goes after this provider's dance, when `redirectUrl` is not set. */
    redirectTo: z.string().min(1).optional(),
    /** The absolute callback URL registered at the provider, when it cannot be derived from the request. */
    callbackUrl: httpUrl.optional(),
    /**
     * Refresh expired tokens on API calls. On by default when the token has a refresh token; `false` turns it off.
     * `url` overrides the token endpoint for refreshes, `params` adds body parameters, `skew` (seconds, default 60)
     * refreshes that long before expiry.
     */
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
    /** Option paths to read from the adapter's config source on each request: `{ clientId: "GITHUB_CLIENT_ID" }`. */
    fromConfig: fromConfigSchema.optional(),
    /** Allow plain-http endpoints that are not on loopback. Never in production. */
    dangerouslyAllowInsecureHttp: z.boolean().optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    checkEndpointsSecure(
      options,
      ["issuer", "authorizationUrl", "tokenUrl", "userinfoUrl", "revocationUrl", "endSessionUrl"],
      ctx,
    );
    if (options.register) {
      checkRegistration(options, ctx);
    } else if (!options.clientId && !options.fromConfig?.clientId) {
      ctx.addIssue({
        code: "custom",
        path: ["clientId"],
        message: "Required (or map it with fromConfig.clientId, or register the client with register)",
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
    } else if (method === "tls_client_auth" || method === "self_signed_tls_client_auth") {
      if (!options.mtls && !options.fromConfig?.["mtls.cert"]) {
        ctx.addIssue({ code: "custom", path: ["mtls"], message: `Required for "${method}"` });
      }
    } else if (method && method !== "none" && !mintsSecret(options) && !options.register) {
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

/** The options of `oauth2()` and of every OAuth 2 preset, as an app writes them. */
export type OAuth2Options = z.input<typeof oauth2OptionsSchema>;

type RegistrationChecked = Pick<
  OAuth2Options,
  | "clientId"
  | "clientSecret"
  | "fromConfig"
  | "issuer"
  | "register"
  | "callbackUrl"
  | "tokenEndpointAuthMethod"
>;

/** What `register` needs and excludes: an issuer to discover, redirect URIs, and no client id or secret of its own. */
function checkRegistration(options: RegistrationChecked, ctx: z.RefinementCtx): void {
  for (const option of ["clientId", "clientSecret"] as const) {
    const why = "must not be given with register: the registration issues the client";
    if (options[option]) ctx.addIssue({ code: "custom", path: [option], message: why });
    if (options.fromConfig?.[option]) {
      ctx.addIssue({ code: "custom", path: ["fromConfig", option], message: why });
    }
  }
  if (!options.issuer) {
    ctx.addIssue({
      code: "custom",
      path: ["issuer"],
      message: "Required with register: discovery of the issuer names the registration endpoint",
    });
  }
  const metadata = options.register?.metadata;
  if (!metadata?.redirect_uris && !options.callbackUrl) {
    ctx.addIssue({
      code: "custom",
      path: ["register", "metadata", "redirect_uris"],
      message: "Required unless callbackUrl is set (then [callbackUrl] is registered)",
    });
  }
  const method = options.tokenEndpointAuthMethod;
  const registered = metadata?.token_endpoint_auth_method;
  if (method && registered && method !== registered) {
    ctx.addIssue({
      code: "custom",
      path: ["tokenEndpointAuthMethod"],
      message: `is "${method}" but register.metadata.token_endpoint_auth_method is "${registered}"`,
    });
  }
}

/** Whether the client secret is minted per call (`signedClientSecret`), now or once `fromConfig` has run. */
function mintsSecret(options: {
  signedClientSecret?: unknown;
  fromConfig?: Record<string, string> | undefined;
}) {
  return Boolean(options.signedClientSecret || options.fromConfig?.["signedClientSecret.privateKey"]);
}
