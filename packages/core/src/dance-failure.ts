// How a failed dance ends: the error hook's response, or a redirect with the error recorded for the app to read.
import { DanceError } from "./errors.js";
import { ERROR_TTL, errorKeyOf } from "./handle.js";
import type { ProviderRuntime } from "./provider-runtime.js";
import { finalDestination } from "./redirect.js";
import type { RequestContext } from "./request-context.js";
import { type DanceResult, isDanceResponse, redirectResult, responseResult } from "./result.js";

/** Codes that mean the app is misconfigured: they surface as exceptions to the developer, not as a failed login. */
const DEVELOPER_ERRORS = new Set(["invalid_options", "missing_config"]);

export function toDanceError(error: unknown, provider: string): DanceError {
  if (error instanceof DanceError) return error;
  return new DanceError("hook_failed", `A hook failed during the ${provider} dance`, {
    provider,
    cause: error,
  });
}

export async function failDance(
  ctx: RequestContext,
  runtime: ProviderRuntime,
  thrown: unknown,
  next: string | undefined,
): Promise<DanceResult> {
  const error = toDanceError(thrown, runtime.name);
  if (DEVELOPER_ERRORS.has(error.code)) throw error;
  const { hooks, logger, redirectTo } = ctx.internals;
  logger.warn("oauth dance failed", {
    provider: runtime.name,
    step: error.step,
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
        code: error.code,
        hookError: String(hookError),
      });
    }
  }
  await ctx.session.set(errorKeyOf(runtime.name), error.toJSON(), { maxAge: ERROR_TTL });
  return redirectResult(finalDestination(next, runtime.options, redirectTo), ctx.takeCookies());
}
