// `logout({ federated: true })`: ending the user's session at the provider too (OpenID Connect RP-Initiated Logout).
import { randomState } from "#random";
import type { DanceRequest } from "../http/request.js";
import type { ProtocolClient } from "../protocols/protocol.js";
import { safeNextPath } from "../routes/redirect.js";
import { savePendingLogout } from "../session/pending-logout.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { Token } from "../token.js";

export interface FederatedLogout {
  name: string;
  client: ProtocolClient;
  request: DanceRequest;
  session: SessionCookies;
  paths: { loggedOutPath(provider: string): string };
  /** The token being logged out, whose ID token tells the provider whom (`id_token_hint`). */
  token: Token | undefined;
  returnTo: string | undefined;
}

/**
 * Where to send the browser: the provider's end-session endpoint, with the ID token as the hint, the dance's
 * `/logged-out` route to come back to and a `state` kept in the session for it; or, at a provider without one,
 * straight to `returnTo` (only a same-site path; default `/`).
 */
export async function federatedLogoutUrl(logout: FederatedLogout): Promise<string> {
  const { name, client, request, session, paths, token } = logout;
  const returnTo = safeNextPath(logout.returnTo);
  const origin = client.options.callbackUrl ? new URL(client.options.callbackUrl).origin : request.url.origin;
  const state = randomState();
  const url = await client.endSessionUrl({
    ...(typeof token?.id_token === "string" ? { id_token_hint: token.id_token } : {}),
    post_logout_redirect_uri: `${origin}${paths.loggedOutPath(name)}`,
    state,
  });
  if (!url) return returnTo ?? "/";
  await savePendingLogout(session, name, { state, ...(returnTo ? { returnTo } : {}) });
  return url.href;
}
