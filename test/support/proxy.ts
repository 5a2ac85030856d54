// A reverse proxy in front of a scenario app: the browser talks to a public https origin, the app sees X-Forwarded-*.
import type { OriginFetch } from "./browser.js";

/** The public origin the proxy answers on; Local ID accepts it as a redirect URI too. */
export const PUBLIC_ORIGIN = "https://app.example";

/** Forwards every request to `appUrl` through `appFetch`, saying where it came from as a proxy you run would. */
export function reverseProxy(appUrl: string, appFetch: OriginFetch): OriginFetch {
  return (url, init) => {
    const headers = new Headers(init.headers);
    headers.set("x-forwarded-proto", url.protocol.slice(0, -1));
    headers.set("x-forwarded-host", url.host);
    return appFetch(new URL(url.pathname + url.search, appUrl), { ...init, headers });
  };
}
