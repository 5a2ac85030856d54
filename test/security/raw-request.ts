// One HTTP request with headers a browser would never send (a forged Host), carrying a scripted browser's cookies.
import { request as httpRequest } from "node:http";
import type { Browser } from "../support/browser.js";

export interface RawAnswer {
  status: number;
  location: string | undefined;
  setCookies: string[];
}

/**
 * GETs `url` from its server with these headers (Host included) and the browser's cookies for the URL's host.
 * `requestTarget` replaces what the request line asks for (an absolute-form target, for instance).
 */
export function rawGet(
  url: string,
  headers: Record<string, string>,
  browser?: Browser,
  requestTarget?: string,
): Promise<RawAnswer> {
  const target = new URL(url);
  const jar = browser?.cookies(target.hostname) ?? {};
  const cookie = Object.entries(jar)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: requestTarget ?? target.pathname + target.search,
        headers: { ...headers, ...(cookie ? { cookie } : {}) },
      },
      (answer) => {
        answer.resume();
        answer.on("end", () =>
          resolve({
            status: answer.statusCode ?? 0,
            location: answer.headers.location,
            setCookies: answer.headers["set-cookie"] ?? [],
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}
