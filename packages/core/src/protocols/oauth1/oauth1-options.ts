// The options of an OAuth 1.0a provider, and their schema.
import { z } from "zod";
import {
  checkEndpointsSecure,
  fromConfigSchema,
  httpUrl,
  stringRecord,
} from "../../options/schema-helpers.js";

export type OAuth1SignatureMethod = "HMAC-SHA1" | "HMAC-SHA256" | "PLAINTEXT" | "RSA-SHA1";

export interface OAuth1Options {
  /** The app's consumer key. Required, unless `fromConfig` supplies it. */
  clientKey?: string;
  /** The app's consumer secret (not used to sign with RSA-SHA1). */
  clientSecret?: string;
  requestTokenUrl?: string;
  authorizationUrl?: string;
  accessTokenUrl?: string;
  /** The API base that `handle.api` resolves relative URLs against. */
  baseUrl?: string;
  /** Headers every `handle.api` request carries. */
  apiHeaders?: Record<string, string>;
  /** Default `HMAC-SHA1`. `RSA-SHA1` signs with `rsaPrivateKey`. */
  signatureMethod?: OAuth1SignatureMethod;
  /** PEM private key (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY") for RSA-SHA1. */
  rsaPrivateKey?: string;
  /** Where the OAuth parameters travel: the Authorization header (default), the query string, or a form body. */
  signatureLocation?: "header" | "query" | "body";
  /** Extra parameters for the request-token call (for example `x_auth_access_type`). */
  requestTokenParams?: Record<string, string>;
  /** Extra query parameters for the authorization redirect (for example `force_login`). */
  authorizationParams?: Record<string, string>;
  /** Where the browser goes after this provider's dance, used as is (wins over `redirectTo`). */
  redirectUrl?: string;
  /** Where the browser goes after this provider's dance, when `redirectUrl` is not set. */
  redirectTo?: string;
  /** The absolute callback URL, when it cannot be derived from the request. */
  callbackUrl?: string;
  /** Option paths to read from the adapter's config source on each request: `{ clientKey: "TWITTER_API_KEY" }`. */
  fromConfig?: Record<string, string>;
  /** Allow plain-http endpoints that are not on loopback. Never in production. */
  dangerouslyAllowInsecureHttp?: boolean;
}

export const oauth1OptionsSchema = z
  .object({
    clientKey: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    requestTokenUrl: httpUrl,
    authorizationUrl: httpUrl,
    accessTokenUrl: httpUrl,
    baseUrl: httpUrl.optional(),
    apiHeaders: stringRecord.optional(),
    signatureMethod: z.enum(["HMAC-SHA1", "HMAC-SHA256", "PLAINTEXT", "RSA-SHA1"]).optional(),
    rsaPrivateKey: z.string().includes("PRIVATE KEY", { message: "must be a PEM private key" }).optional(),
    signatureLocation: z.enum(["header", "query", "body"]).optional(),
    requestTokenParams: stringRecord.optional(),
    authorizationParams: stringRecord.optional(),
    redirectUrl: z.string().min(1).optional(),
    redirectTo: z.string().min(1).optional(),
    callbackUrl: httpUrl.optional(),
    fromConfig: fromConfigSchema.optional(),
    dangerouslyAllowInsecureHttp: z.boolean().optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    checkEndpointsSecure(options, ["requestTokenUrl", "authorizationUrl", "accessTokenUrl"], ctx);
    if (!options.clientKey && !options.fromConfig?.clientKey) {
      ctx.addIssue({
        code: "custom",
        path: ["clientKey"],
        message: "Required (or map it with fromConfig.clientKey)",
      });
    }
    if (options.signatureMethod === "RSA-SHA1") {
      if (!options.rsaPrivateKey && !options.fromConfig?.rsaPrivateKey) {
        ctx.addIssue({
          code: "custom",
          path: ["rsaPrivateKey"],
          message: "Required for signatureMethod RSA-SHA1",
        });
      }
    } else if (!options.clientSecret && !options.fromConfig?.clientSecret) {
      ctx.addIssue({
        code: "custom",
        path: ["clientSecret"],
        message: "Required (or map it with fromConfig.clientSecret)",
      });
    }
  });
