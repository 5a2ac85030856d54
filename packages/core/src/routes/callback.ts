// The callback route: match the pending dance, exchange what the provider sent, run the authorized hook, store.
import { DanceError } from "../errors.js";
import { type DanceResult, redirectResult, responseResult } from "../http/result.js";
import type { ClientBinding } from "../protocols/provider-runtime.js";
import { runAuthorizedHook } from "./authorized-hook.js";
import { callbackParams } from "./callback-params.js";
import { failDance } from "./dance-failure.js";
import { takePendingDance } from "./pending-dance.js";
import { finalDestination, safeNextPath } from "./redirect.js";
import type { RouteCall } from "./route-scope.js";

export async function callback(call: RouteCall): Promise<DanceResult> {
  const { services, scope, runtime } = call;
  const { request } = scope;
  const provider = runtime.name;
  const params = await callbackParams(request, runtime);
  let next: string | undefined;
  try {
    const client = await scope.client(provider);
    const pending = await takePendingDance(scope.session, provider, client.callbackKey(params));
    // A seal only ever holds a `next` the login checked; checked again, so no other seal can pass one off as it.
    next = safeNextPath(pending?.next);
    // Without a dance of this browser's in flight, even a refusal is unsolicited: its text is the sender's.
    if (!pending) {
      throw new DanceError(
        "state_mismatch",
        "The login could not be matched to one this browser started; please try again",
        { provider, step: "callback" },
      );
    }
    // A provider chosen per request: the code is exchanged only with the issuer and client that asked for it.
    if (!sameBinding(pending.binding, runtime.bindingOf(client))) {
      throw new DanceError(
        "state_mismatch",
        `The login was started with another ${provider} issuer than this request's; please try again`,
        { provider, step: "callback" },
      );
    }
    const refusal = await client.refusal(params);
    if (refusal) {
      throw new DanceError("provider_error", `${provider} refused the login: ${refusal.error}`, {
        provider,
        step: "callback",
        error: refusal.error,
        errorDescription: refusal.description,
        errorUri: refusal.uri,
      });
    }
    const answered = await services.telemetry.providerCall("token_exchange", provider, () =>
      client.finish(pending, params),
    );
    // A login that asked for more scopes: what the provider granted, or when it does not say, what was asked.
    const token = pending.scope && !answered.scope ? { ...answered, scope: pending.scope } : answered;
    const outcome = await runAuthorizedHook(call, token);
    services.telemetry.danceCompleted(provider);
    if (outcome.response) return await responseResult(outcome.response, scope.takeCookies());
    if (outcome.store) await scope.tokens(provider).store(outcome.store);
    return redirectResult(finalDestination(next, runtime.options, services.redirectTo), scope.takeCookies());
  } catch (error) {
    return failDance(call, error, next, "callback");
  }
}

function sameBinding(started: ClientBinding | undefined, now: ClientBinding | undefined): boolean {
  return started?.issuer === now?.issuer && started?.clientId === now?.clientId;
}
