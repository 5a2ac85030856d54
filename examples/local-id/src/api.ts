// A protected resource API under /api/, so tests can use the access tokens they got.

import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { DPoPResource } from "./dpop-proof.js";
import { readBody, sendJson } from "./http-helpers.js";
import { type LocalIdProvider, peerCertificate } from "./provider.js";
import type { LocalIdUser } from "./users.js";

export function createApiHandler(provider: LocalIdProvider, users: LocalIdUser[]) {
  const dpop = new DPoPResource();

  /**
   * GET /api/me: who the token belongs to (RFC 6750 errors otherwise). A DPoP-bound token must come with the
   * `DPoP` scheme and a proof that holds (RFC 9449 §7), including this server's own nonce; as a bearer it is
   * refused.
   */
  async function me(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = /^(Bearer|DPoP) +(\S+)$/i.exec(req.headers.authorization ?? "");
    if (!match?.[1] || !match[2]) {
      sendJson(res, 401, { error: "invalid_request" }, { "www-authenticate": 'Bearer realm="local-id"' });
      return;
    }
    const scheme = match[1].toLowerCase();
    // find() returns undefined for unknown, expired and revoked tokens.
    const token = await provider.AccessToken.find(match[2]);
    const user = users.find((candidate) => candidate.id === token?.accountId);
    if (!token || !user || (scheme === "bearer") !== !token.jkt) {
      const challenge = token?.jkt ? "DPoP" : "Bearer";
      sendJson(
        res,
        401,
        { error: "invalid_token" },
        { "www-authenticate": `${challenge} realm="local-id", error="invalid_token"` },
      );
      return;
    }
    const boundTo = token["x5t#S256"];
    const presented = peerCertificate(req.socket);
    if (
      boundTo &&
      (!presented || createHash("sha256").update(presented.raw).digest("base64url") !== boundTo)
    ) {
      sendJson(
        res,
        401,
        { error: "invalid_token" },
        { "www-authenticate": 'Bearer realm="local-id", error="invalid_token"' },
      );
      return;
    }
    if (token.jkt) {
      const proof = req.headers.dpop;
      const refusal = await dpop.refusal({
        proof: typeof proof === "string" ? proof : undefined,
        method: req.method ?? "GET",
        url: `${url.origin}${url.pathname}`,
        accessToken: match[2],
        jkt: token.jkt,
      });
      if (refusal) {
        sendJson(
          res,
          401,
          { error: refusal },
          { "www-authenticate": `DPoP error="${refusal}"`, "dpop-nonce": dpop.nonce },
        );
        return;
      }
    }
    sendJson(res, 200, {
      sub: user.id,
      name: user.name,
      email: user.email,
      scope: token.scope,
      clientId: token.clientId,
      tokenType: scheme === "dpop" ? "DPoP" : "Bearer",
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
    if (url.pathname === "/api/me" && req.method === "GET") return me(req, res, url);
    if (url.pathname === "/api/echo") return echo(req, res, url);
    sendJson(res, 404, { error: "not_found" });
  };
}
