// The login route: start a dance and send the browser to the provider's authorization endpoint.
import { failDance } from "./dance-failure.js";
import { buildAuthorizationRedirect } from "./oauth2/oauth2-flow.js";
import { savePendingDance } from "./pending-dance.js";
import type { ProviderRuntime } from "./provider-runtime.js";
import { safeNextPath } from "./redirect.js";
import type { RequestContext } from "./request-context.js";
import { type DanceResult, redirectResult } from "./result.js";

export async function login(ctx: RequestContext, runtime: ProviderRuntime): Promise<DanceResult> {
  const { request, internals } = ctx;
  const next = safeNextPath(request.url.searchParams.get("next"));
  try {
    const oauth = runtime.clientFor(ctx.config);
    const redirectUri = oauth.options.callbackUrl ?? callbackUrl(request.url, internals.prefix, runtime.name);
    const { url, pending } = await buildAuthorizationRedirect(oauth, redirectUri);
    await internals.hooks.beforeLogin?.({ provider: runtime.name, url, request, native: ctx.native });
    await savePendingDance(ctx, {
      ...pending,
      provider: runtime.name,
      redirectUri,
      ...(next ? { next } : {}),
    });
    return redirectResult(url.href, ctx.takeCookies());
  } catch (error) {
    return failDance(ctx, runtime, error, next);
  }
}

function callbackUrl(requestUrl: URL, prefix: string, provider: string): string {
  return `${requestUrl.origin}${prefix}/${provider}/authorized`;
}
