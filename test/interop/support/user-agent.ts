// A scripted user at a third-party server's own pages: cookies per host, manual redirects, HTML forms.
import { CookieJar } from "../../support/cookie-jar.js";

export interface Page {
  url: URL;
  status: number;
  headers: Headers;
  body: string;
}

/** One HTML form on a page: where it goes, how, and its fields with their current values. */
export interface HtmlForm {
  action: URL;
  method: "GET" | "POST";
  fields: URLSearchParams;
}

export class UserAgent {
  readonly #jar = new CookieJar();

  /**
   * Requests a URL and follows redirects on the server's own origin, stopping (without requesting it) at the
   * first redirect that `isDone` accepts; returns that URL, or the page reached when none was.
   */
  async request(
    url: URL | string,
    init: { method?: string; form?: URLSearchParams; headers?: Record<string, string> } = {},
    isDone: (next: URL) => boolean = () => false,
  ): Promise<Page | URL> {
    let current = new URL(url);
    let method = init.method ?? (init.form ? "POST" : "GET");
    let body: URLSearchParams | undefined = init.form;
    for (let hops = 0; hops < 20; hops++) {
      const headers: Record<string, string> = { ...init.headers, ...this.#jar.headerFor(current) };
      if (body) headers["content-type"] = "application/x-www-form-urlencoded";
      const response = await fetch(current, {
        method,
        headers,
        redirect: "manual",
        ...(body ? { body } : {}),
      });
      this.#jar.store(current, response);
      const location = response.headers.get("location");
      const text = await response.text();
      if (!location || response.status < 300 || response.status >= 400) {
        return { url: current, status: response.status, headers: response.headers, body: text };
      }
      const next = new URL(location, current);
      if (isDone(next)) return next;
      current = next;
      // 307/308 keep the method and body; every other redirect becomes a GET.
      if (response.status !== 307 && response.status !== 308) {
        method = "GET";
        body = undefined;
      }
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** The forms of a page, in order, with their inputs' values (hidden ones included, as a browser sends them). */
  forms(page: Page): HtmlForm[] {
    const forms: HtmlForm[] = [];
    for (const match of page.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
      const attributes = match[1] ?? "";
      const inner = match[2] ?? "";
      const action = new URL(decodeEntities(attribute(attributes, "action") ?? ""), page.url);
      const method = (attribute(attributes, "method") ?? "GET").toUpperCase() === "POST" ? "POST" : "GET";
      const fields = new URLSearchParams();
      for (const input of inner.matchAll(/<input\b([^>]*)>/gi)) {
        const name = attribute(input[1] ?? "", "name");
        const type = (attribute(input[1] ?? "", "type") ?? "text").toLowerCase();
        if (!name || type === "submit" || type === "button" || type === "image") continue;
        if ((type === "checkbox" || type === "radio") && !/\bchecked\b/i.test(input[1] ?? "")) continue;
        fields.append(decodeEntities(name), decodeEntities(attribute(input[1] ?? "", "value") ?? ""));
      }
      forms.push({ action, method, fields });
    }
    return forms;
  }

  cookies(host: string): Record<string, string> {
    return Object.fromEntries(this.#jar.host(host));
  }
}

/**
 * An `isDone` for `request` that stops at the app's callback: a URL with the origin and path of one of the
 * registered redirect URIs, whatever its query (the server's answer is there).
 */
export function redirectsTo(redirectUris: readonly string[]): (next: URL) => boolean {
  const callbacks = redirectUris.map((uri) => new URL(uri));
  return (next) => callbacks.some((uri) => uri.origin === next.origin && uri.pathname === next.pathname);
}

/** Whether `request` stopped at a URL (the app's callback) rather than a page. */
export function isUrl(value: Page | URL): value is URL {
  return value instanceof URL;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
