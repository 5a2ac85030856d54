// The login route: start a dance and send the browser to the provider.
import { type DanceResult, redirectResult } from "../http/result.js";
import { failDance } from "./dance-failure.js";
import { loginScopes } from "./login-scopes.js";
import { savePendingDance } from "./pending-dance.js";
import { safeNextPath } from "./redirect.js";
import type { RouteCall } from "./route-scope.js";

/** The longest `account` read from a login URL: an account id at the provider (OpenID Connect caps `sub` at 255). */
const MAX_ACCOUNT_PARAM = 255;

export async function login(call: RouteCall): Promise<DanceResult> {
  const { services, scope, runtime } = call;
  const { request } = scope;
  const provider = runtime.name;
  const next = safeNextPath(request.url.searchParams.get("next"));
  try {
    const client = await scope.client(provider);
    const binding = runtime.bindingOf(client);
    const callbackUrl =
      client.options.callbackUrl ?? `${request.url.origin}${services.paths.callbackPath(provider)}`;
    // Most logins name no scopes: the token is read only for one that does.
    const asked = request.url.searchParams.get("scope");
    const account = request.url.searchParams.get("account")?.slice(0, MAX_ACCOUNT_PARAM);
    const scopes = asked
      ? await loginScopes(asked, client, () => scope.tokens(provider, account).read())
      : undefined;
    const { url, key, secrets } = await client.start(callbackUrl, scopes?.ask);
    await services.hooks.beforeLogin?.({ provider, url, request, native: scope.native });
    // After the hook, so what it adds is pushed or signed with the rest.
    const redirect = await client.authorizationRedirect(url);
    // A provider that returns with a cross-site form POST needs the dance's cookie sent on one (SameSite=None).
    await savePendingDance(
      scope.session,
      {
        provider,
        key,
        callbackUrl,
        secrets,
        ...(next ? { next } : {}),
        ...(binding ? { binding } : {}),
        ...(scopes ? { scope: scopes.granted.join(" ") } : {}),
      },
      runtime.returnsByFormPost ? "None" : undefined,
    );
    services.telemetry.danceStarted(provider);
    return redirectResult(redirect.href, scope.takeCookies());
  } catch (error) {
    return failDance(call, error, next, "login");
  }
}
