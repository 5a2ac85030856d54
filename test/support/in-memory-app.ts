// The scenario app with no framework and no socket: the dance's routes through `dance.fetch`, the app's routes on
// the handles, for tests that build their dances themselves.
import { type Dance, danceRequestFromWeb } from "@oauth-dance/core";
import type { OriginFetch } from "./browser.js";
import { appRoutes } from "./scenario-app.js";

/** Serves `appRoutes` and the dance's routes for a Browser origin (`new Browser({ [origin]: inMemoryApp(dance) })`). */
export function inMemoryApp(dance: Dance): OriginFetch {
  return async (url, init) => {
    const request = new Request(url, init);
    const danced = await dance.fetch(request);
    if (danced) return danced;
    const route = appRoutes.find((candidate) => candidate.path === url.pathname);
    if (!route) return new Response("not found", { status: 404 });
    const context = dance.createContext(danceRequestFromWeb(request), { native: request });
    const reply = await route.handle(context.oauth, { url: url.pathname + url.search });
    const response = Response.json(reply.body, { status: reply.status, headers: reply.headers ?? {} });
    for (const cookie of context.takeCookies()) response.headers.append("set-cookie", cookie);
    return response;
  };
}
