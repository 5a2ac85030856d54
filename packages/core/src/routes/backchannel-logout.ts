// The route an OpenID Connect provider POSTs logout tokens to, server to server: verify, record, answer.
import { DanceError } from "../errors.js";
import type { DanceResult } from "../http/result.js";
import { LogoutTokenRefused, type VerifiedLogout } from "../protocols/logout-token-checks.js";
import type { RouteCall } from "./route-scope.js";

/** The longest refusal reason sent back: a fixed text of ours, clipped all the same. */
const MAX_REASON = 120;

/**
 * OpenID Connect Back-Channel Logout 1.0 §2.5–2.8: reads `logout_token` from the form body, checks it (§2.6),
 * records the logout in the logout list and asks the store to delete the account's tokens where it can. 200 with
 * an empty body when accepted; 400 `invalid_request` for any token refused. No cookie is read or set: the
 * provider's request carries none of the user's.
 *
 * @throws DanceError `invalid_options` when the adapter gives the core no way to read the form body.
 */
export async function backchannelLogout(call: RouteCall): Promise<DanceResult> {
  const { services, scope, runtime } = call;
  const { request } = scope;
  const provider = runtime.name;
  if (!request.readForm) {
    throw new DanceError(
      "invalid_options",
      `${provider} has backchannelLogout, but this adapter does not pass the request's form body (readForm)`,
      { provider, step: "logout" },
    );
  }
  let logout: VerifiedLogout;
  try {
    let form: URLSearchParams;
    try {
      form = await request.readForm();
    } catch {
      throw new LogoutTokenRefused("the request body could not be read");
    }
    const tokens = form.getAll("logout_token");
    if (tokens.length !== 1 || !tokens[0]) throw new LogoutTokenRefused("logout_token is missing");
    const client = await scope.client(provider);
    logout = await client.verifyLogoutToken(tokens[0], {
      now: services.now,
      replays: services.logoutReplays,
    });
  } catch (error) {
    if (!(error instanceof LogoutTokenRefused)) {
      // Discovery failing, a store down: still the sender's problem to retry, never a 500 with a stack.
      services.logger.warn("back-channel logout failed", {
        provider,
        step: "logout",
        code: error instanceof DanceError ? error.code : "unexpected",
      });
      return refused("the logout token could not be checked");
    }
    services.logger.debug("logout token refused", { provider, step: "logout", reason: error.message });
    return refused(error.message);
  }
  const { issuer, sub, sid } = logout;
  try {
    await services.logoutList.add({
      provider,
      issuer,
      ...(sub ? { sub } : {}),
      ...(sid ? { sid } : {}),
      at: Math.floor(services.now() / 1000),
    });
  } catch (cause) {
    services.logger.error("the logout list failed", { provider, step: "logout", error: String(cause) });
    return refused("the logout could not be recorded");
  }
  try {
    await services.storage.deleteByAccount?.(provider, { sub, sid });
  } catch (cause) {
    // Recorded in the logout list already: the tokens read as absent on their next use all the same.
    services.logger.warn("deleting the logged-out account's tokens failed", {
      provider,
      step: "logout",
      error: String(cause),
    });
  }
  services.logger.debug("back-channel logout accepted", { provider, step: "logout" });
  return { type: "response", status: 200, headers: { "cache-control": "no-store" }, body: "", cookies: [] };
}

function refused(reason: string): DanceResult {
  return {
    type: "response",
    status: 400,
    headers: { "cache-control": "no-store", "content-type": "application/json" },
    body: JSON.stringify({ error: "invalid_request", error_description: reason.slice(0, MAX_REASON) }),
    cookies: [],
  };
}
