// The route the provider sends the browser back to after a federated logout: match its state, then go on.
import { type DanceResult, redirectResult } from "../http/result.js";
import { takePendingLogout } from "../session/pending-logout.js";
import { finalDestination, safeNextPath } from "./redirect.js";
import type { RouteCall } from "./route-scope.js";

/**
 * The local logout happened before the browser left; this only decides where it lands. A `state` that matches no
 * logout of this browser's (a forged or replayed link) is sent to the default destination, never to its `returnTo`.
 */
export async function loggedOut(call: RouteCall): Promise<DanceResult> {
  const { services, scope, runtime } = call;
  const state = scope.request.url.searchParams.get("state");
  const pending = await takePendingLogout(scope.session, runtime.name, state);
  const returnTo = safeNextPath(pending?.returnTo);
  return redirectResult(
    finalDestination(returnTo, runtime.options, services.redirectTo),
    scope.takeCookies(),
  );
}
