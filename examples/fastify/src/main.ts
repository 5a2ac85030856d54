// `npm run start -w examples/fastify`: the demo on http://localhost:3000 (PORT to change it), reading .env if present.
import { runDemo } from "@oauth-dance/demo-kit";
import { startDemo } from "./demo.js";

await runDemo("Fastify", startDemo);
