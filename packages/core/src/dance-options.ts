// The options of `createDance`: their schema, which every option type is derived from.
import { z } from "zod";
import type { DanceHooks } from "./hooks.js";
import type { DanceLogger } from "./logger.js";
import type { ProviderResolver } from "./protocols/provider-directory.js";
import { type DeclaredProvider, isProvider } from "./provider.js";
import { PROVIDER_NAME } from "./routes/dance-paths.js";
import { HOW_TO_MAKE_A_SECRET, weakSecretReason } from "./session/secret-strength.js";
import type { LogoutList } from "./storage/logout-list.js";
import type { TokenStorage } from "./storage/token-storage.js";
import type { TelemetryMeter, TelemetryTracer } from "./telemetry.js";

/** A function option, typed as the app writes it, checked to be a function. */
function fn<F extends (...args: never[]) => unknown>() {
  return z.custom<F>((value) => typeof value === "function", { message: "must be a function" });
}

const secret = z.string().superRefine((value, ctx) => {
  const weakness = weakSecretReason(value);
  if (weakness === undefined) return;
  const advice = value.length < 32 ? "" : `: too easy to guess (${weakness}); ${HOW_TO_MAKE_A_SECRET}`;
  ctx.addIssue({ code: "custom", message: advice ? `must be random${advice}` : weakness });
});

const cookieOptions = z
  .object({
    /** Prefix of every cookie the dance sets. Default "oauth-dance". */
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .optional(),
    /** Force the Secure flag on or off. Default: on when the request's public URL is https. */
    secure: z.boolean().optional(),
    /**
     * Start the names of Secure cookies with `__Host-`, which browsers accept only from this exact host (no
     * Domain, Path=/), so a sibling subdomain cannot plant a dance or token cookie. Default true; `false` is
     * required with `domain` or a `path` other than "/", at the price docs/security.md describes.
     */
    hostPrefix: z.boolean().optional(),
    /** Share the cookies with this domain's subdomains. Needs `hostPrefix: false`. */
    domain: z.string().min(1).optional(),
    /** Default "/". A narrower path needs `hostPrefix: false`. */
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
  });

/** How the dance's cookies are named and flagged. */
export type CookieOptions = z.input<typeof cookieOptions>;

export const danceOptionsSchema = z
  .object({
    /**
     * Seals the session cookies: at least 32 random characters (`openssl rand -base64 32`); placeholders that
     * repeat themselves or use few characters are refused. A list rotates: seal with the first, unseal with any.
     */
    secret: z.union([secret, z.array(secret).min(1).readonly()]),
    /** The providers, by the name their routes and handles take (`/login/github`, `req.oauth.github`). */
    providers: z.record(
      z.string().regex(PROVIDER_NAME, { message: "provider names may use letters, digits, _ and - only" }),
      z.custom<DeclaredProvider>(isProvider, {
        message: "must be made with oauth2(), oauth1(), a preset or perRequest()",
      }),
    ),
    /**
     * Looks up a provider that is not in `providers` (one kept in the app's database), when a request names it:
     * `/login/<name>` or `findHandle(oauth, name)`. Returns undefined for a name that is not a provider, whose
     * routes then pass through to the app. Asked on every such request, so an added provider is usable at once and a
     * removed one is refused; what it returns is prepared once per distinct provider (`providerCache`).
     */
    resolveProvider: fn<ProviderResolver>().optional(),
    /**
     * How many providers chosen per request or looked up by `resolveProvider` stay prepared (their discovery
     * documents and clients), and for how many seconds. Default `{ max: 100, ttl: 3600 }`.
     */
    providerCache: z
      .object({
        max: z.number().int().positive().optional(),
        ttl: z.number().positive().optional(),
      })
      .strict()
      .optional(),
    /** Where tokens are kept. Default: `new SessionStorage()` (sealed in a cookie). */
    storage: z
      .custom<TokenStorage>(
        (value) =>
          typeof value === "object" &&
          value !== null &&
          ["get", "set", "delete"].every((m) => typeof (value as Record<string, unknown>)[m] === "function"),
        { message: "must implement get, set and delete" },
      )
      .optional(),
    /**
     * Where back-channel logouts (`backchannelLogout` providers) are recorded, so a logged-out user's tokens read
     * as absent on their next use. Default: a `MemoryLogoutList` (this process only); several app instances need
     * one they share.
     */
    logoutList: z
      .custom<LogoutList>(
        (value) =>
          typeof value === "object" &&
          value !== null &&
          ["add", "find"].every((m) => typeof (value as Record<string, unknown>)[m] === "function"),
        { message: "must implement add and find" },
      )
      .optional(),
    /** Where the browser goes after a dance when neither `next` nor the provider says. Default "/". */
    redirectTo: z.string().min(1).optional(),
    /** The path the dance routes live under. Default "/login". */
    prefix: z
      .string()
      .regex(/^(\/[A-Za-z0-9._~-]+)*$/, { message: 'must be a path like "/login" or "" (no trailing slash)' })
      .optional(),
    /** Flask-Dance's signals as hooks (see `DanceHooks`). */
    on: z
      .object({
        beforeLogin: fn<NonNullable<DanceHooks["beforeLogin"]>>().optional(),
        authorized: fn<NonNullable<DanceHooks["authorized"]>>().optional(),
        error: fn<NonNullable<DanceHooks["error"]>>().optional(),
        tokenUpdated: fn<NonNullable<DanceHooks["tokenUpdated"]>>().optional(),
      })
      .strict()
      .optional(),
    /** Where the dance logs (the provider, the step, the code; never secrets). Default: silent. */
    logger: z
      .object({
        debug: fn<DanceLogger["debug"]>(),
        warn: fn<DanceLogger["warn"]>(),
        error: fn<DanceLogger["error"]>(),
      })
      .optional(),
    cookie: cookieOptions.optional(),
    /** The fetch used for every call to a provider (token endpoint, discovery, `handle.api`). */
    fetch: fn<typeof fetch>().optional(),
    /** Milliseconds before a call to a provider is abandoned. Default 10 000. */
    timeout: z.number().int().positive().optional(),
    /**
     * Bytes a provider's protocol endpoint may answer with (discovery, token, userinfo, JWKS, revocation, OAuth 1
     * token endpoints) before reading stops and the call fails. Default 1 MiB.
     */
    maxResponseBytes: z.number().int().positive().optional(),
    /** Bytes a `handle.api` answer may have before reading it fails. Default 32 MiB. */
    maxApiResponseBytes: z.number().int().positive().optional(),
    /** The clock, in milliseconds since the epoch, for token expiry. */
    now: fn<() => number>().optional(),
    /**
     * OpenTelemetry: an `@opentelemetry/api` tracer and/or meter (`trace.getTracer("app")`, `metrics.getMeter("app")`).
     * Spans for logins, callbacks, token exchanges, refreshes and API calls; dance and refresh counters; provider
     * latency. Attributes name the provider, the step and the error code, never a token. Default: none, at no cost.
     */
    telemetry: z
      .object({
        tracer: z
          .custom<TelemetryTracer>(
            (value) => typeof (value as TelemetryTracer)?.startActiveSpan === "function",
            {
              message: "must be an OpenTelemetry Tracer",
            },
          )
          .optional(),
        meter: z
          .custom<TelemetryMeter>((value) => typeof (value as TelemetryMeter)?.createCounter === "function", {
            message: "must be an OpenTelemetry Meter",
          })
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The options of `createDance`, with the app's own provider names. */
export interface DanceOptions<P extends Record<string, DeclaredProvider> = Record<string, DeclaredProvider>>
  extends Omit<z.input<typeof danceOptionsSchema>, "providers"> {
  /** The providers, by the name their routes and handles take (`/login/github`, `req.oauth.github`). */
  providers: P;
}

/** Why `multipleAccounts` is refused with a store that keeps one token per user. */
export const MULTIPLE_ACCOUNTS_STORE =
  "needs a storage that keeps several accounts per user (MemoryStorage, KnexStorage, RedisStorage): the store has no accounts()";
