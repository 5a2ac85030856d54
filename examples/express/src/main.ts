// `npm start`: the demo on http://localhost:3000 (PORT to change it), reading a .env file if there is one.
import { runDemo } from "@oauth-dance/demo-kit";
import { startDemo } from "./demo.js";

await runDemo("Express", startDemo);
