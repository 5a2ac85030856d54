// A scripted browser for the full-dance bench: GET with a cookie jar per origin over keep-alive connections.
import { Agent, request } from "node:http";

interface StoredCookie {
  value: string;
  path: string;
}

/** Cookies of one origin, by name and path, sent by path prefix as a browser does. */
export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie & { name: string }>();

  header(path: string): string {
    const pairs: string[] = [];
    for (const cookie of this.#cookies.values()) {
      if (
        path === cookie.path ||
        path.startsWith(cookie.path.endsWith("/") ? cookie.path : `${cookie.path}/`)
      ) {
        pairs.push(`${cookie.name}=${cookie.value}`);
      }
    }
    return pairs.join("; ");
  }

  store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let path = "/";
      let expired = false;
      for (const attribute of attributes) {
        const [key = "", attributeValue = ""] = attribute.trim().split("=");
        const lower = key.toLowerCase();
        if (lower === "path") path = attributeValue || "/";
        if (lower === "max-age" && Number(attributeValue) <= 0) expired = true;
        if (lower === "expires" && Date.parse(attributeValue) < Date.now()) expired = true;
      }
      const key = `${name};${path}`;
      if (expired || value === "") this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }
}

export interface Answer {
  status: number;
  location: string | undefined;
}

const agents = new Map<string, Agent>();

/** GET `url` with `jar`'s cookies; stores what the answer sets and drains its body. */
export function get(url: URL, jar: CookieJar): Promise<Answer> {
  let agent = agents.get(url.host);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: 64 });
    agents.set(url.host, agent);
  }
  const path = url.pathname + url.search;
  const cookie = jar.header(url.pathname);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, agent, headers: cookie ? { cookie } : {} },
      (res) => {
        jar.store(res.headers["set-cookie"] ?? []);
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
        res.on("error", reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: GET ${url.origin}${url.pathname}`)));
    req.on("error", reject);
    req.end();
  });
}

export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
