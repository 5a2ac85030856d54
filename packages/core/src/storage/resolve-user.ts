// Which app user a token call is for: the handle's config first, then the store's `user` function. Every store
// that keeps tokens per user (KnexStorage, RedisStorage, yours) finds its user this way, so they all agree.
import { DanceError } from "../errors.js";
import type { DanceRequest } from "../http/request.js";
import { configuredUser, type TokenContext } from "./token-storage.js";

/** An app user's id as the app has it; numbers and bigints are stored as their decimal string. */
export type UserId = string | number | bigint;

/** What the `user` function is given. `request` and `native` are absent outside a request (a background job). */
export interface UserContext {
  /** The provider's name. */
  provider: string;
  /** The handle's per-request config. */
  config: Readonly<Record<string, unknown>>;
  /** The framework-free request (method, url, headers, cookies). */
  request?: DanceRequest | undefined;
  /** The framework's own request object (Express `req`, Hono `Context`, Koa `ctx`). */
  native?: unknown;
}

/** Finds the current app user; undefined, null or "" when there is none (a visitor who has not logged in). */
export type UserResolver = (
  ctx: UserContext,
) => UserId | null | undefined | Promise<UserId | null | undefined>;

/** How a store names itself in errors, and the longest user id it keeps. */
export interface UserRules {
  store: string;
  maxLength: number;
}

const DEFAULT_RULES: UserRules = { store: "The token store", maxLength: 255 };

/**
 * The user id for a call, as stored: `config.userId`, else `config.user`, else what `resolver` returns.
 * Undefined means no user.
 *
 * @throws DanceError `storage_failed` when the id is not a string or number, is too long, or the resolver threw.
 */
export async function resolveUser(
  ctx: TokenContext,
  resolver?: UserResolver,
  rules: UserRules = DEFAULT_RULES,
): Promise<string | undefined> {
  const configured = configuredUser(ctx.config);
  if (configured !== undefined) return normalize(configured, ctx.provider, "config.userId", rules);
  if (!resolver) return undefined;
  let found: unknown;
  try {
    found = await resolver({
      provider: ctx.provider,
      config: ctx.config,
      request: ctx.request,
      native: ctx.native,
    });
  } catch (cause) {
    if (cause instanceof DanceError) throw cause;
    throw new DanceError("storage_failed", `${rules.store}'s user function threw`, {
      provider: ctx.provider,
      cause,
    });
  }
  const user = present(found);
  return user === undefined ? undefined : normalize(user, ctx.provider, "the user function's result", rules);
}

/** Flask-Dance takes the first truthy of its sources; here only "nothing" is skipped, so a user id 0 still counts. */
function present(value: unknown): unknown {
  return value === undefined || value === null || value === "" ? undefined : value;
}

function normalize(value: unknown, provider: string, source: string, rules: UserRules): string {
  const ok =
    typeof value === "string" ||
    typeof value === "bigint" ||
    (typeof value === "number" && Number.isFinite(value));
  if (!ok) {
    throw new DanceError(
      "storage_failed",
      `${rules.store} needs ${source} to be a string or a number, not ${typeof value}`,
      {
        provider,
      },
    );
  }
  const id = String(value);
  if (id.length > rules.maxLength) {
    throw new DanceError(
      "storage_failed",
      `${rules.store} keeps user ids up to ${rules.maxLength} characters`,
      {
        provider,
      },
    );
  }
  return id;
}
