// How a failed dance ends: the error hook's response, or a redirect with the error recorded for the app to read.
import { DanceError, type DanceStep } from "../errors.js";
import { type DanceResult, isDanceResponse, redirectResult, responseResult } from "../http/result.js";
import { recordError } from "../session/error-flash.js";
import { finalDestination } from "./redirect.js";
import type { RouteCall } from "./route-scope.js";

/** Codes that mean the app is misconfigured: they surface as exceptions to the developer, not as a failed login. */
const DEVELOPER_ERRORS = new Set(["invalid_options", "missing_config", "provider_unavailable"]);

export function toDanceError(error: unknown, provider: string, step: DanceStep): DanceError {
  if (error instanceof DanceError) return error;
  return new DanceError("hook_failed", `A hook failed during the ${provider} dance`, {
    provider,
    step,
    cause: error,
  });
}

export async function failDance(
  call: RouteCall,
  thrown: unknown,
  next: string | undefined,
  step: "login" | "callback",
): Promise<DanceResult> {
  const { services, scope, runtime } = call;
  const provider = runtime.name;
  const error = toDanceError(thrown, provider, step);
  if (DEVELOPER_ERRORS.has(error.code)) throw error;
  const { hooks, logger, telemetry } = services;
  telemetry.danceFailed(provider, error.code, error.step ?? step, call.span);
  logger.warn("oauth dance failed", {
    provider,
    step: error.step ?? step,
    code: error.code,
    error: error.error,
  });
  if (hooks.error) {
    try {
      const response = await hooks.error({ provider, error, request: scope.request, native: scope.native });
      if (isDanceResponse(response)) return await responseResult(response, scope.takeCookies());
    } catch (hookError) {
      logger.error("the error hook threw", {
        provider,
        step: error.step ?? step,
        code: error.code,
        hookError: String(hookError),
      });
    }
  }
  await recordError(scope.session, { ...error.toJSON(), provider });
  return redirectResult(finalDestination(next, runtime.options, services.redirectTo), scope.takeCookies());
}
