// Turning an answered `DanceResult` into a Web `Response`, for `dance.fetch` and fetch-based adapters (Hono).
import type { DanceResult } from "./result.js";

/** Statuses whose response must have no body (the `Response` constructor throws on one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The Web `Response` of a redirect or response result; each Set-Cookie value becomes its own header line.
 *
 * @example
 * const result = await dance.route(context);
 * if (result.type !== "pass") return toWebResponse(result);
 */
export function toWebResponse(result: Exclude<DanceResult, { type: "pass" }>): Response {
  const headers = new Headers(result.type === "redirect" ? { location: result.location } : result.headers);
  for (const cookie of result.cookies) headers.append("set-cookie", cookie);
  // A redirect gets an empty body rather than none: servers that turn Web responses into their own (Hono's on
  // Node) have a fast path for string bodies only, and a 302 may carry one.
  const body = result.type === "redirect" ? "" : NULL_BODY_STATUSES.has(result.status) ? null : result.body;
  return new Response(body, { status: result.status, headers });
}
