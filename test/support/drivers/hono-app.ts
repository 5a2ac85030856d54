// The scenario app on Hono, shared by the drivers that serve it over @hono/node-server and in memory.

import type { Dance } from "@oauth-dance/core";
import { type HonoDanceOptions, oauthDance } from "@oauth-dance/hono";
import type { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { appRoutes } from "../scenario-app.js";

/** Mounts the dance and the app's routes on `app`, as a Hono user writes them. */
export function mountHonoApp(app: Hono, dance: Dance, options: HonoDanceOptions): void {
  app.use(oauthDance(dance, options));
  for (const route of appRoutes) {
    app.get(route.path, async (c) => {
      const url = new URL(c.req.url);
      const reply = await route.handle(c.var.oauth, { url: url.pathname + url.search });
      return c.json(reply.body, reply.status as ContentfulStatusCode, reply.headers);
    });
  }
}
