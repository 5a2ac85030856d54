// A scripted browser: follows redirects and keeps cookies per host name, as a real browser does (ports share cookies).
import { CookieJar } from "./cookie-jar.js";

/** How the browser reaches one origin: global fetch by default, or an app served in memory, or a proxy. */
export type OriginFetch = (url: URL, init: RequestInit) => Promise<Response>;

export interface Visit {
  status: number;
  /** The URL of the last response. */
  url: string;
  /** Every URL requested, in order. */
  chain: string[];
  headers: Headers;
  body: string;
}

export class Browser {
  readonly #jar = new CookieJar();
  readonly #origins = new Map<string, OriginFetch>();

  /** `origins` maps an origin (`http://127.0.0.1:1`) to what serves it; every other origin uses global fetch. */
  constructor(origins: Readonly<Record<string, OriginFetch>> = {}) {
    for (const [origin, serve] of Object.entries(origins)) this.#origins.set(new URL(origin).origin, serve);
  }

  /** GETs a URL and follows redirects (up to 20), stopping early at `stopAt` when given. */
  async visit(
    url: string,
    options: { stopAt?: (url: URL) => boolean; follow?: boolean } = {},
  ): Promise<Visit> {
    const chain: string[] = [];
    let current = new URL(url);
    for (let hops = 0; hops < 20; hops++) {
      chain.push(current.href);
      const serve = this.#origins.get(current.origin) ?? fetch;
      const response = await serve(current, { redirect: "manual", headers: this.#jar.headerFor(current) });
      this.#jar.store(current, response);
      const location = response.headers.get("location");
      const body = await response.text();
      if (!location || options.follow === false || response.status < 300 || response.status >= 400) {
        return { status: response.status, url: current.href, chain, headers: response.headers, body };
      }
      const next = new URL(location, current);
      if (options.stopAt?.(next)) {
        return {
          status: response.status,
          url: current.href,
          chain: [...chain, next.href],
          headers: response.headers,
          body,
        };
      }
      current = next;
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** GETs and parses JSON, without following redirects. */
  async json<T = unknown>(url: string): Promise<{ status: number; body: T }> {
    const visit = await this.visit(url, { follow: false });
    return { status: visit.status, body: (visit.body ? JSON.parse(visit.body) : undefined) as T };
  }

  cookies(host: string): Record<string, string> {
    return Object.fromEntries(this.#jar.host(host));
  }

  setCookie(host: string, name: string, value: string): void {
    this.#jar.host(host).set(name, value);
  }

  deleteCookie(host: string, name: string): void {
    this.#jar.host(host).delete(name);
  }
}
