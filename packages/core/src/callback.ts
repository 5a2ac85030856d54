// The callback route: match the pending dance, exchange what the provider sent, run the authorized hook, store.
import { callbackParams } from "./callback-params.js";
import { failDance, toDanceError } from "./dance-failure.js";
import { DanceError } from "./errors.js";
import { USE_TOKEN } from "./handle.js";
import { takePendingDance } from "./pending-dance.js";
import type { ProviderRuntime } from "./provider-runtime.js";
import { finalDestination } from "./redirect.js";
import type { RequestContext } from "./request-context.js";
import { type DanceResult, isDanceResponse, redirectResult, responseResult } from "./result.js";

/** Provider-supplied text is cut to this length before it is recorded or shown. */
const MAX_PROVIDER_TEXT = 500;

export async function callback(ctx: RequestContext, runtime: ProviderRuntime): Promise<DanceResult> {
  const { request, internals } = ctx;
  const provider = runtime.name;
  const params = await callbackParams(request, runtime);
  const pending = await takePendingDance(ctx, provider, runtime.flow.callbackKey(params));
  try {
    const refusal = runtime.flow.refusal(params);
    if (refusal) {
      throw new DanceError("provider_error", `${provider} refused the login: ${clip(refusal.error)}`, {
        provider,
        step: "callback",
        error: clip(refusal.error),
        errorDescription: clip(refusal.description),
        errorUri: clip(refusal.uri),
      });
    }
    if (!pending) {
      throw new DanceError(
        "state_mismatch",
        "The login could not be matched to one this browser started; please try again",
        {
          provider,
          step: "callback",
        },
      );
    }
    const token = await runtime.flow.finish(runtime.clientFor(ctx.config), pending, params);
    const handle = ctx.handle(provider);
    handle[USE_TOKEN](token);
    let verdict: unknown;
    try {
      verdict = await internals.hooks.authorized?.({ provider, token, request, native: ctx.native, handle });
    } catch (error) {
      throw toDanceError(error, provider);
    }
    if (isDanceResponse(verdict)) return await responseResult(verdict, ctx.takeCookies());
    if (verdict !== false) await handle.setToken(token);
    return redirectResult(
      finalDestination(pending.next, runtime.options, internals.redirectTo),
      ctx.takeCookies(),
    );
  } catch (error) {
    return failDance(ctx, runtime, error, pending?.next);
  }
}

function clip<T extends string | undefined>(text: T): T {
  return (text === undefined ? text : text.slice(0, MAX_PROVIDER_TEXT)) as T;
}
