// The callback route: check the state, exchange the code, run the authorized hook, store the token.

import { failDance, toDanceError } from "./dance-failure.js";
import { DanceError } from "./errors.js";
import { exchangeCode } from "./oauth2/oauth2-flow.js";
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
  const params = request.url.searchParams;
  const pending = await takePendingDance(ctx, provider, params.get("state"));
  try {
    const providerError = params.get("error");
    if (providerError) {
      const description = params.get("error_description") ?? undefined;
      throw new DanceError("provider_error", `${provider} refused the login: ${clip(providerError)}`, {
        provider,
        step: "callback",
        error: clip(providerError),
        errorDescription: description && clip(description),
        errorUri: clip(params.get("error_uri") ?? undefined),
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
    if (!params.get("code")) {
      throw new DanceError("missing_code", `${provider} sent neither a code nor an error`, {
        provider,
        step: "callback",
      });
    }
    const token = await exchangeCode(runtime.clientFor(ctx.config), pending.redirectUri, params, pending);
    const handle = ctx.handle(provider);
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
