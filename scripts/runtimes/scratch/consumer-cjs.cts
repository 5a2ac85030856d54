// The same app from a CommonJS module: these imports compile to require(), which loads the ESM packages through
// Node's require(esm) (20.19+); TypeScript allows it under module node20 / nodenext.
import { createDance, oauth2 } from "@oauth-dance/core";
import { github } from "@oauth-dance/core/providers";
import { oauthDance } from "@oauth-dance/express";

import express = require("express");

const dance = createDance({
  secret: "a-session-secret-of-at-least-32-chars",
  providers: {
    corp: oauth2({ issuer: "https://id.example", clientId: "id", clientSecret: "secret" }),
    github: github({ clientId: "id", clientSecret: "secret" }),
  },
});

const app = express();
app.use(oauthDance(dance));
app.get("/", async (req, res) => {
  res.json({ authorized: await req.oauth.corp.authorized() });
});

export = app;
