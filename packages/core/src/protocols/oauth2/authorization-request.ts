// The authorization request as the browser carries it: in the query, signed into a request object (JAR, RFC 9101),
// or pushed to the server first (PAR, RFC 9126) so that only `client_id` and `request_uri` travel.
import * as client from "openid-client";
import { DanceError } from "../../errors.js";
import type { OAuth2Grants } from "./oauth2-grants.js";
import { endpointRefusal } from "./token-endpoint-error.js";

/**
 * The URL to send the browser to for `url` (the plain authorization URL, after the `beforeLogin` hook): signed
 * when `requestObject` is set, pushed when `par` says so (`"auto"`: when the server requires it).
 *
 * @throws DanceError `authorization_request_failed` when the server refuses the pushed request.
 */
export async function authorizationRedirect(oauth: OAuth2Grants, url: URL): Promise<URL> {
  const configuration = await oauth.configuration();
  const push = pushes(oauth.options.par, configuration);
  const key = oauth.requestObjectKey();
  if (!push && !key) return url;
  let target = url;
  try {
    if (key) {
      const { keyId } = oauth.options.requestObject ?? {};
      const signing = { key: await key, ...(keyId ? { kid: keyId } : {}) };
      target = await client.buildAuthorizationUrlWithJAR(configuration, target.searchParams, signing);
    }
    if (push) target = await client.buildAuthorizationUrlWithPAR(configuration, target.searchParams);
    return target;
  } catch (cause) {
    const refusal = await endpointRefusal(cause);
    const reason = refusal
      ? `${oauth.name} refused the pushed authorization request: ${refusal.error ?? `HTTP ${refusal.status}`}`
      : `The authorization request for ${oauth.name} could not be ${push ? "pushed" : "signed"}`;
    throw new DanceError("authorization_request_failed", reason, {
      provider: oauth.name,
      step: "login",
      status: refusal?.status,
      error: refusal?.error,
      errorDescription: refusal?.description,
      cause,
    });
  }
}

/** Whether the request is pushed: `par: true`, or `"auto"` (the default) and the server requires it. */
function pushes(par: boolean | "auto" | undefined, configuration: client.Configuration): boolean {
  if (par === true || par === false) return par;
  return configuration.serverMetadata().require_pushed_authorization_requests === true;
}
