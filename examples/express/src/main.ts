// `npm start`: runs the demo on http://localhost:3000 (PORT to change it), reading a .env file if there is one.
import { existsSync } from "node:fs";
import { startDemo } from "./demo-app.js";

if (existsSync(".env")) process.loadEnvFile(".env");
const demo = await startDemo({ port: Number(process.env.PORT ?? 3000) });
console.log(`oauth-dance demo: open ${demo.url}`);
if (!process.env.GITHUB_CLIENT_ID) {
  console.log(
    "Set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET to add GitHub (callback: /login/github/authorized).",
  );
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void demo.close().then(() => process.exit(0)));
}
