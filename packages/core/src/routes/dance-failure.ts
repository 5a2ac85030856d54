// How a failed dance ends: the error hook's response, or a redirect with the error recorded for the app to read.
import { DanceError, type DanceErrorInfo, type DanceStep } from "../errors.js";
import { ERROR_TTL, errorKeyOf } from "../handle/provider-handle.js";
import { type DanceResult, isDanceResponse, redirectResult, responseResult } from "../http/result.js";
import type { ProviderRuntime } from "../protocols/provider-runtime.js";
import type { RequestContext } from "../request-context.js";
import { CookieBudgetError } from "../session/cookie-budget.js";
import { finalDestination } from "./redirect.js";

/** Codes that mean the app is misconfigured: they surface as exceptions to the developer, not as a failed login. */
const DEVELOPER_ERRORS = new Set(["invalid_options", "missing_config"]);

/**
 * Set-Cookie bytes the recorded error may take. It rides along on every request of the browser until it is
 * read, so it stays small; what does not fit is left out, down to the bare code.
 */
const ERROR_COOKIE_BYTES = 1536;

export function toDanceError(error: unknown, provider: string, step: DanceStep): DanceError {
  if (error instanceof DanceError) return error;
  return new DanceError("hook_failed", `A hook failed during the ${provider} dance`, {
    provider,
    step,
    cause: error,
  });
}

export async function failDance(
  ctx: RequestContext,
  runtime: ProviderRuntime,
  thrown: unknown,
  next: string | undefined,
  step: "login" | "callback",
): Promise<DanceResult> {
  const error = toDanceError(thrown, runtime.name, step);
  if (DEVELOPER_ERRORS.has(error.code)) throw error;
  const { hooks, logger, redirectTo } = ctx.internals;
  logger.warn("oauth dance failed", {
    provider: runtime.name,
    step: error.step ?? step,
    code: error.code,
    error: error.error,
  });
  if (hooks.error) {
    try {
      const response = await hooks.error({
        provider: runtime.name,
        error,
        request: ctx.request,
        native: ctx.native,
      });
      if (isDanceResponse(response)) return await responseResult(response, ctx.takeCookies());
    } catch (hookError) {
      logger.error("the error hook threw", {
        provider: runtime.name,
        step: error.step ?? step,
        code: error.code,
        hookError: String(hookError),
      });
    }
  }
  await recordError(ctx, runtime.name, error.toJSON());
  return redirectResult(finalDestination(next, runtime.options, redirectTo), ctx.takeCookies());
}

/** Records the error for `takeError()`, leaving out the provider's words, then the message, when they do not fit. */
async function recordError(ctx: RequestContext, provider: string, info: DanceErrorInfo): Promise<void> {
  const { code, message, error } = info;
  const bare = { code, provider, message: `The ${provider} login failed (${code})` };
  const smaller = error === undefined ? { code, provider, message } : { code, provider, message, error };
  for (const candidate of [info, smaller, bare]) {
    try {
      await ctx.session.set(errorKeyOf(provider), candidate, {
        maxAge: ERROR_TTL,
        maxBytes: ERROR_COOKIE_BYTES,
      });
      return;
    } catch (cause) {
      if (!(cause instanceof CookieBudgetError)) throw cause;
    }
  }
}
