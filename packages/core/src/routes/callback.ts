// The callback route: match the pending dance, exchange what the provider sent, run the authorized hook, store.

import { DanceError } from "../errors.js";
import { USE_TOKEN } from "../handle/provider-handle.js";
import { type DanceResult, isDanceResponse, redirectResult, responseResult } from "../http/result.js";
import type { ProviderRuntime } from "../protocols/provider-runtime.js";
import type { RequestContext } from "../request-context.js";
import { callbackParams } from "./callback-params.js";
import { failDance, toDanceError } from "./dance-failure.js";
import { takePendingDance } from "./pending-dance.js";
import { finalDestination, safeNextPath } from "./redirect.js";

export async function callback(ctx: RequestContext, runtime: ProviderRuntime): Promise<DanceResult> {
  const { request, internals } = ctx;
  const provider = runtime.name;
  const params = await callbackParams(request, runtime);
  const pending = await takePendingDance(ctx, provider, runtime.flow.callbackKey(params));
  // A seal only ever holds a `next` the login checked; checked again, so no other seal can pass one off as it.
  const next = safeNextPath(pending?.next);
  try {
    // Without a dance of this browser's in flight, even a refusal is unsolicited: its text is the sender's.
    if (!pending) {
      throw new DanceError(
        "state_mismatch",
        "The login could not be matched to one this browser started; please try again",
        { provider, step: "callback" },
      );
    }
    const client = runtime.clientFor(ctx.config);
    const refusal = await runtime.flow.refusal(client, params);
    if (refusal) {
      throw new DanceError("provider_error", `${provider} refused the login: ${refusal.error}`, {
        provider,
        step: "callback",
        error: refusal.error,
        errorDescription: refusal.description,
        errorUri: refusal.uri,
      });
    }
    const token = await runtime.flow.finish(client, pending, params);
    const handle = ctx.handle(provider);
    handle[USE_TOKEN](token);
    let verdict: unknown;
    try {
      verdict = await internals.hooks.authorized?.({ provider, token, request, native: ctx.native, handle });
    } catch (error) {
      throw toDanceError(error, provider, "callback");
    }
    if (isDanceResponse(verdict)) return await responseResult(verdict, ctx.takeCookies());
    if (verdict !== false) await handle.setToken(token);
    return redirectResult(finalDestination(next, runtime.options, internals.redirectTo), ctx.takeCookies());
  } catch (error) {
    return failDance(ctx, runtime, error, next, "callback");
  }
}
