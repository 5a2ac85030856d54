// The options of an OAuth 1.0a provider, and their schema.
import { z } from "zod";
import {
  checkEndpointsSecure,
  fromConfigSchema,
  httpUrl,
  stringRecord,
} from "../../options/schema-helpers.js";

const signatureMethod = z.enum(["HMAC-SHA1", "HMAC-SHA256", "PLAINTEXT", "RSA-SHA1"]);
export type OAuth1SignatureMethod = z.infer<typeof signatureMethod>;

/** The options of an OAuth 1.0a provider; each is documented on its key. */
export const oauth1OptionsSchema = z
  .object({
    /** The app's consumer key. Required, unless `fromConfig` supplies it. */
    clientKey: z.string().min(1).optional(),
    /** The app's consumer secret (not used to sign with RSA-SHA1). */
    clientSecret: z.string().min(1).optional(),
    requestTokenUrl: httpUrl,
    authorizationUrl: httpUrl,
    accessTokenUrl: httpUrl,
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
    /** Headers every `handle.api` request carries. */
    apiHeaders: stringRecord.optional(),
    /** Default `HMAC-SHA1`. `RSA-SHA1` signs with `rsaPrivateKey`. */
    signatureMethod: signatureMethod.optional(),
    /** PEM private key (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY") for RSA-SHA1. */
    rsaPrivateKey: z.string().includes("PRIVATE KEY", { message: "must be a PEM private key" }).optional(),
    /** Where the OAuth parameters travel: the Authorization header (default), the query string, or a form body. */
    signatureLocation: z.enum(["header", "query", "body"]).optional(),
    /** Extra parameters for the request-token call (for example `x_auth_access_type`). */
    requestTokenParams: stringRecord.optional(),
    /** Extra query parameters for the authorization redirect (for example `force_login`). */
    authorizationParams: stringRecord.optional(),
    /** Where the browser goes after this provider's dance, used as is (wins over `redirectTo`). */
    redirectUrl: z.string().min(1).optional(),
    /** Where the browser goes after this provider's dance, when `redirectUrl` is not set. */
    redirectTo: z.string().min(1).optional(),
    /** The absolute callback URL, when it cannot be derived from the request. */
    callbackUrl: httpUrl.optional(),
    /** Option paths to read from the adapter's config source on each request: `{ clientKey: "TWITTER_API_KEY" }`. */
    fromConfig: fromConfigSchema.optional(),
    /** Allow plain-http endpoints that are not on loopback. Never in production. */
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

/** The options of `oauth1()` and of the OAuth 1.0a presets, as an app writes them. */
export type OAuth1Options = z.input<typeof oauth1OptionsSchema>;
