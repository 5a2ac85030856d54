// The fake's resource server: userinfo and the API under `baseUrl`, for a valid, unexpired access token.
import type { FakeState } from "./fake-state.js";

/**
 * Answers `/userinfo` and `/api/...`: 401 without a valid access token, the user's record for userinfo and for
 * `GET user`, `GET me` and `GET userinfo`, otherwise what the `api` option answers (404 when it answers nothing).
 */
export async function api(state: FakeState, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  const isUserinfo = path === "/userinfo";
  if (isUserinfo) state.calls.userinfo++;
  else state.calls.api++;
  const user = state.bearerUser(request);
  if (!user) {
    return Response.json(
      { error: "invalid_token" },
      { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' } },
    );
  }
  const resource = path.slice("/api/".length);
  if (isUserinfo || (request.method === "GET" && ["user", "me", "userinfo"].includes(resource))) {
    const { id, ...claims } = user;
    return Response.json(isUserinfo ? { sub: id, ...claims } : { id, sub: id, ...claims });
  }
  const answer = await state.options.api?.(request, user);
  return answer ?? Response.json({ error: "not_found" }, { status: 404 });
}
