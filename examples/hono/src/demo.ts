// The demo on Hono (served by @hono/node-server): Local ID, the dance and the page come from the demo kit.
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { createAdaptorServer } from "@hono/node-server";
import { type Demo, type DemoOptions, startDemoKit } from "@oauth-dance/demo-kit";
import { type OAuthDanceEnv, oauthDance } from "@oauth-dance/hono";
import { Hono } from "hono";

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const app = new Hono<OAuthDanceEnv>();
  const dataDir = fileURLToPath(new URL("../data/", import.meta.url));
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  const kit = await startDemoKit({ framework: "Hono", server, dataDir, ...options });

  app.use(async (c, next) => {
    await next();
    const cookie = kit.newVisitorCookie(c.req.header("cookie"));
    if (cookie) c.header("Set-Cookie", cookie, { append: true });
  });
  app.use(oauthDance(kit.dance, kit.adapterOptions)); // /login/:provider and /login/:provider/authorized

  app.get("/", async (c) => c.html(await kit.homePage(c.var.oauth, c.req.url)));
  app.post("/call/:provider", async (c) => {
    const html = await kit.apiCallPage(c.var.oauth, c.req.param("provider"));
    return html ? c.html(html) : c.notFound();
  });
  app.post("/expire/:provider", async (c) =>
    c.redirect(await kit.expire(c.var.oauth, c.req.param("provider")), 303),
  );
  app.post("/logout/:provider", async (c) =>
    c.redirect(await kit.logout(c.var.oauth, c.req.param("provider")), 303),
  );
  app.onError((_error, c) => c.html(kit.errorPage(), 500));

  return kit;
}
