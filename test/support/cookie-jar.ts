// Cookies per host name, as a browser keeps them (ports share cookies): what the scripted browsers send back.

export class CookieJar {
  readonly #hosts = new Map<string, Map<string, string>>();

  /** The Cookie header for a URL, or no header when the host has none. */
  headerFor(url: URL): Record<string, string> {
    const jar = this.#hosts.get(url.hostname);
    if (!jar || jar.size === 0) return {};
    return { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") };
  }

  /** Keeps what a response's Set-Cookie lines set, and forgets what they expire. */
  store(url: URL, response: Response): void {
    const jar = this.host(url.hostname);
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a) || /^\s*expires\s*=\s*thu, 01 jan 1970/i.test(a),
      );
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1).trim());
    }
  }

  /** One host's cookies, made on first use. */
  host(hostname: string): Map<string, string> {
    let jar = this.#hosts.get(hostname);
    if (!jar) {
      jar = new Map();
      this.#hosts.set(hostname, jar);
    }
    return jar;
  }
}
