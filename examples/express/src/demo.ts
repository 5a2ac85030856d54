// The demo on Express: Local ID, the dance and the page come from the demo kit; this file is only the routes.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { type Demo, type DemoOptions, startDemoKit } from "@oauth-dance/demo-kit";
import { oauthDance } from "@oauth-dance/express";
import express, { type ErrorRequestHandler } from "express";

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  const app = express();
  const dataDir = fileURLToPath(new URL("../data/", import.meta.url));
  const kit = await startDemoKit({ framework: "Express", server: createServer(app), dataDir, ...options });

  app.use((req, res, next) => {
    const cookie = kit.newVisitorCookie(req.headers.cookie);
    if (cookie) res.append("Set-Cookie", cookie);
    next();
  });
  app.use(oauthDance(kit.dance, kit.adapterOptions)); // /login/:provider and /login/:provider/authorized

  app.get("/", async (req, res) => {
    res.type("html").send(await kit.homePage(req.oauth, req.originalUrl));
  });
  app.post("/call/:provider", async (req, res) => {
    const html = await kit.apiCallPage(req.oauth, req.params.provider);
    if (html) res.type("html").send(html);
    else res.sendStatus(404);
  });
  app.post("/expire/:provider", async (req, res) => {
    res.redirect(303, await kit.expire(req.oauth, req.params.provider));
  });
  app.post("/logout/:provider", async (req, res) => {
    res.redirect(303, await kit.logout(req.oauth, req.params.provider));
  });
  // Express's own error page shows a stack trace outside production; the demo never does.
  app.use(((_error, _req, res, _next) => {
    res.status(500).type("html").send(kit.errorPage());
  }) satisfies ErrorRequestHandler);

  return kit;
}
