// The app's dance, made on first use: `next build` loads every route's module, and the secrets are a runtime matter.
import { createDance, oauth2 } from "@oauth-dance/core";
import { cookies, headers } from "next/headers";

function makeDance() {
  return createDance({
    secret: process.env.SESSION_SECRET as string,
    providers: {
      // Any OpenID Connect server; a preset (github(), google(), ...) works the same way.
      id: oauth2({
        issuer: process.env.OIDC_ISSUER as string,
        clientId: process.env.OIDC_CLIENT_ID as string,
        clientSecret: process.env.OIDC_CLIENT_SECRET as string,
        scope: ["openid", "email", "profile"],
        baseUrl: process.env.OIDC_API_URL,
      }),
    },
  });
}

let made: ReturnType<typeof makeDance> | undefined;
export function dance(): ReturnType<typeof makeDance> {
  made ??= makeDance();
  return made;
}

/**
 * The handles of the request a server component or server action is rendering for, rebuilt from Next's
 * `headers()` and `cookies()` (they offer no `Request`). Cookie changes go back through `cookies().set`, which
 * Next allows in server actions and route handlers, not while a server component renders.
 */
export async function currentHandles() {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  const host = headerList.get("host") ?? "localhost";
  const proto = headerList.get("x-forwarded-proto") ?? "http";
  const request = new Request(`${proto}://${host}/`, { headers: { cookie: cookieStore.toString() } });
  const { oauth, cookies: setCookies } = dance().handles(request);
  return {
    oauth,
    /** Sends the handles' cookie changes with the response (in a server action or route handler). */
    async commit() {
      for (const line of setCookies()) {
        const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
        const [name = "", value = ""] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
        const maxAge = attributes.find((attribute) => /^max-age=/i.test(attribute))?.slice("max-age=".length);
        if (maxAge === "0") cookieStore.delete(name);
        else
          cookieStore.set(name, value, {
            httpOnly: true,
            sameSite: "lax",
            path: "/",
            secure: proto === "https",
            ...(maxAge ? { maxAge: Number(maxAge) } : {}),
          });
      }
    },
  };
}
