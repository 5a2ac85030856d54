// The login route: start a dance and send the browser to the provider.

import { type DanceResult, redirectResult } from "../http/result.js";
import type { ProviderRuntime } from "../protocols/provider-runtime.js";
import type { RequestContext } from "../request-context.js";
import { usesFormPost } from "./callback-params.js";
import { failDance } from "./dance-failure.js";
import { savePendingDance } from "./pending-dance.js";
import { safeNextPath } from "./redirect.js";

export async function login(ctx: RequestContext, runtime: ProviderRuntime): Promise<DanceResult> {
  const { request, internals } = ctx;
  const next = safeNextPath(request.url.searchParams.get("next"));
  try {
    const client = runtime.clientFor(ctx.config);
    const callbackUrl =
      client.options.callbackUrl ?? `${request.url.origin}${internals.prefix}/${runtime.name}/authorized`;
    const { url, key, secrets } = await runtime.flow.start(client, callbackUrl);
    await internals.hooks.beforeLogin?.({ provider: runtime.name, url, request, native: ctx.native });
    await savePendingDance(
      ctx,
      { provider: runtime.name, key, callbackUrl, secrets, ...(next ? { next } : {}) },
      usesFormPost(runtime) ? "None" : undefined,
    );
    return redirectResult(url.href, ctx.takeCookies());
  } catch (error) {
    return failDance(ctx, runtime, error, next, "login");
  }
}
