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

  /**
   * Submits the page's form (the first, or the one whose id is `formId`) as a browser would, with `fields` beside its
   * hidden inputs, and follows the redirects.
   */
  async submit(page: Visit, fields: Record<string, string> = {}, formId?: string): Promise<Visit> {
    const forms = [...page.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)];
    const form = forms.find((match) => !formId || match[1]?.includes(`id="${formId}"`));
    if (!form) throw new Error(`no form on ${page.url}`);
    const action = /action="([^"]*)"/.exec(form[1] ?? "")?.[1] ?? page.url;
    const body = new URLSearchParams();
    for (const input of (form[2] ?? "").matchAll(/<input\b[^>]*>/gi)) {
      const name = /name="([^"]*)"/.exec(input[0])?.[1];
      if (name) body.set(name, /value="([^"]*)"/.exec(input[0])?.[1] ?? "");
    }
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    const target = new URL(action.replace(/&amp;/g, "&"), page.url);
    const serve = this.#origins.get(target.origin) ?? fetch;
    const response = await serve(target, {
      method: "POST",
      redirect: "manual",
      headers: { ...this.#jar.headerFor(target), "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    this.#jar.store(target, response);
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw new Error(`the form at ${page.url} answered ${response.status} without a redirect`);
    return this.visit(new URL(location, target).href);
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
