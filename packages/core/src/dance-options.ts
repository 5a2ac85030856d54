// The options of `createDance`, their schema, and the hook signatures.
import { z } from "zod";
import type { DanceHooks } from "./hooks.js";
import type { DanceLogger } from "./logger.js";
import { isProvider, type Provider } from "./provider.js";
import { HOW_TO_MAKE_A_SECRET, weakSecretReason } from "./session/secret-strength.js";
import type { TokenStorage } from "./storage/token-storage.js";

export interface CookieOptions {
  /** Prefix of every cookie the dance sets. Default "oauth-dance". */
  name?: string;
  /** Force the Secure flag on or off. Default: on when the request's public URL is https. */
  secure?: boolean;
  /**
   * Start the names of Secure cookies with `__Host-`, which browsers accept only from this exact host (no
   * Domain, Path=/), so a sibling subdomain cannot plant a dance or token cookie. Default true; `false` is
   * required with `domain` or a `path` other than "/", at the price docs/security.md describes.
   */
  hostPrefix?: boolean;
  /** Share the cookies with this domain's subdomains. Needs `hostPrefix: false`. */
  domain?: string;
  /** Default "/". A narrower path needs `hostPrefix: false`. */
  path?: string;
}

export interface DanceOptions<P extends Record<string, Provider> = Record<string, Provider>> {
  /**
   * Seals the session cookies: at least 32 random characters (`openssl rand -base64 32`); placeholders that
   * repeat themselves or use few characters are refused. A list rotates: seal with the first, unseal with any.
   */
  secret: string | readonly string[];
  providers: P;
  /** Where tokens are kept. Default: `new SessionStorage()` (sealed in a cookie). */
  storage?: TokenStorage;
  /** Where the browser goes after a dance when neither `next` nor the provider says. Default "/". */
  redirectTo?: string;
  /** The path the dance routes live under. Default "/login". */
  prefix?: string;
  on?: DanceHooks;
  logger?: DanceLogger;
  cookie?: CookieOptions;
  /** The fetch used for every call to a provider (token endpoint, discovery, `handle.api`). */
  fetch?: typeof fetch;
  /** Milliseconds before a call to a provider is abandoned. Default 10 000. */
  timeout?: number;
  /**
   * Bytes a provider's protocol endpoint may answer with (discovery, token, userinfo, JWKS, revocation, OAuth 1
   * token endpoints) before reading stops and the call fails. Default 1 MiB.
   */
  maxResponseBytes?: number;
  /** Bytes a `handle.api` answer may have before reading it fails. Default 32 MiB. */
  maxApiResponseBytes?: number;
  /** The clock, in milliseconds since the epoch, for token expiry. */
  now?: () => number;
}

const fn = z.custom<(...args: never[]) => unknown>((value) => typeof value === "function", {
  message: "must be a function",
});

const secret = z.string().superRefine((value, ctx) => {
  const weakness = weakSecretReason(value);
  if (weakness === undefined) return;
  const advice = value.length < 32 ? "" : `: too easy to guess (${weakness}); ${HOW_TO_MAKE_A_SECRET}`;
  ctx.addIssue({ code: "custom", message: advice ? `must be random${advice}` : weakness });
});

export const danceOptionsSchema = z
  .object({
    secret: z.union([secret, z.array(secret).min(1)]),
    providers: z.record(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]+$/, { message: "provider names may use letters, digits, _ and - only" }),
      z.custom<Provider>(isProvider, { message: "must be made with oauth2(), oauth1() or a preset" }),
    ),
    storage: z
      .custom<TokenStorage>(
        (value) =>
          typeof value === "object" &&
          value !== null &&
          ["get", "set", "delete"].every((m) => typeof (value as Record<string, unknown>)[m] === "function"),
        { message: "must implement get, set and delete" },
      )
      .optional(),
    redirectTo: z.string().min(1).optional(),
    prefix: z
      .string()
      .regex(/^(\/[A-Za-z0-9._~-]+)*$/, { message: 'must be a path like "/login" or "" (no trailing slash)' })
      .optional(),
    on: z
      .object({
        beforeLogin: fn.optional(),
        authorized: fn.optional(),
        error: fn.optional(),
        tokenUpdated: fn.optional(),
      })
      .strict()
      .optional(),
    logger: z.object({ debug: fn, warn: fn, error: fn }).optional(),
    cookie: z
      .object({
        name: z
          .string()
          .regex(/^[A-Za-z0-9_-]+$/)
          .optional(),
        secure: z.boolean().optional(),
        hostPrefix: z.boolean().optional(),
        domain: z.string().min(1).optional(),
        path: z.string().startsWith("/").optional(),
      })
      .strict()
      .superRefine((cookie, ctx) => {
        if (cookie.hostPrefix === false) return;
        const problem = "cannot be set while Secure cookies are named __Host- (the default)";
        const fix = "set cookie.hostPrefix: false to allow it (docs/security.md says what that exposes)";
        if (cookie.domain !== undefined) {
          ctx.addIssue({ code: "custom", path: ["domain"], message: `${problem}: ${fix}` });
        }
        if (cookie.path !== undefined && cookie.path !== "/") {
          ctx.addIssue({ code: "custom", path: ["path"], message: `${problem}, which need Path=/: ${fix}` });
        }
      })
      .optional(),
    fetch: fn.optional(),
    timeout: z.number().int().positive().optional(),
    maxResponseBytes: z.number().int().positive().optional(),
    maxApiResponseBytes: z.number().int().positive().optional(),
    now: fn.optional(),
  })
  .strict();
