// How calls to a provider's protocol endpoints are sent when the app gives no `fetch`: with the runtime's own.
// Node loads provider-fetch.node.ts instead (package.json "imports": "#fetch"), which sends them with node:http.

import type { ClientCertificate } from "./client-certificate.js";

/**
 * A cheaper way to send one protocol request (discovery, token, userinfo, revocation, JWKS), reading at most
 * `maxBytes` of the answer and abandoning it after `timeoutMs`, or undefined when the runtime's `fetch` should
 * send it. The Web version has none.
 */
export function fastFetch(
  _input: RequestInfo | URL,
  _init: RequestInit | undefined,
  _maxBytes: number,
  _tooLarge: (url: string) => Error,
  _timeoutMs?: number,
): Promise<Response> | undefined {
  return undefined;
}

/** A fetch that presents a TLS client certificate: none outside Node (the Web fetch cannot be given one). */
export function clientCertificateFetch(
  _tls: ClientCertificate,
  _maxBytes: number,
  _tooLarge: (url: string) => Error,
  _timeoutMs?: number,
): typeof fetch | undefined {
  return undefined;
}
