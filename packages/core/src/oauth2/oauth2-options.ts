// The options of an OAuth 2 / OpenID Connect provider, and their schema.
import { z } from "zod";
import { checkEndpointsSecure, fromConfigSchema, httpUrl, stringRecord } from "../schema-helpers.js";

export type TokenEndpointAuthMethod = "client_secret_basic" | "client_secret_post" | "none";

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
  /** PKCE: on (S256) by default; `"plain"` only for servers without S256; `false` turns it off. */
  pkce?: boolean | "S256" | "plain";
  /** How the client authenticates at the token endpoint. Default `client_secret_basic` (RFC 6749), `none` without a secret. */
  tokenEndpointAuthMethod?: TokenEndpointAuthMethod;
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
    tokenEndpointAuthMethod: z.enum(["client_secret_basic", "client_secret_post", "none"]).optional(),
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
    if (options.tokenEndpointAuthMethod && options.tokenEndpointAuthMethod !== "none") {
      if (!options.clientSecret && !options.fromConfig?.clientSecret) {
        ctx.addIssue({
          code: "custom",
          path: ["clientSecret"],
          message: `Required for tokenEndpointAuthMethod "${options.tokenEndpointAuthMethod}"`,
        });
      }
    }
  });
