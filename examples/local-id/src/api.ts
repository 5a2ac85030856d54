// A protected resource API under /api/, so tests can use the access tokens they got.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "./http-helpers.js";
import type { LocalIdProvider } from "./provider.js";
import type { LocalIdUser } from "./users.js";

export function createApiHandler(provider: LocalIdProvider, users: LocalIdUser[]) {
  /** GET /api/me: who the bearer token belongs to (RFC 6750 errors otherwise). */
  async function me(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? "");
    if (!match?.[1]) {
      sendJson(res, 401, { error: "invalid_request" }, { "www-authenticate": 'Bearer realm="local-id"' });
      return;
    }
    // find() returns undefined for unknown, expired and revoked tokens.
    const token = await provider.AccessToken.find(match[1]);
    const user = users.find((candidate) => candidate.id === token?.accountId);
    if (!token || !user) {
      sendJson(
        res,
        401,
        { error: "invalid_token" },
        { "www-authenticate": 'Bearer realm="local-id", error="invalid_token"' },
      );
      return;
    }
    sendJson(res, 200, {
      sub: user.id,
      name: user.name,
      email: user.email,
      scope: token.scope,
      clientId: token.clientId,
    });
  }

  /** ANY /api/echo: shows exactly what the client sent. */
  async function echo(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    sendJson(res, 200, {
      method: req.method,
      headers: req.headers,
      query: Object.fromEntries(url.searchParams),
      body: await readBody(req),
    });
  }

  return async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === "/api/me" && req.method === "GET") return me(req, res);
    if (url.pathname === "/api/echo") return echo(req, res, url);
    sendJson(res, 404, { error: "not_found" });
  };
}
