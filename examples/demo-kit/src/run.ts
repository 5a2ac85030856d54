// `npm start` for every example: reads .env, starts the demo on PORT (3000), prints the URL, stops on Ctrl-C.
import { existsSync } from "node:fs";
import type { DanceLogger } from "@oauth-dance/core";
import type { Demo, DemoOptions } from "./demo-kit.js";

/** Prints what the dance reports (failed dances, refused refreshes), never tokens or secrets. */
const consoleLogger: DanceLogger = {
  debug: () => {},
  warn: (message, details) => console.warn(`oauth-dance: ${message}`, details ?? ""),
  error: (message, details) => console.error(`oauth-dance: ${message}`, details ?? ""),
};

export async function runDemo(
  framework: string,
  start: (options: DemoOptions) => Promise<Demo>,
): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const port = Number(process.env.PORT ?? 3000);
  let demo: Demo;
  try {
    demo = await start({ port, logger: consoleLogger });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(`Port ${port} is taken. Start the demo on another one: PORT=3001 npm start`);
      process.exit(1);
    }
    throw error;
  }
  console.log(`
  oauth-dance demo on ${framework}: open ${demo.url}

  Log in with Local ID as alice (password alice) or bob (password bob).
  Tokens are kept in SQLite under data/. Ctrl-C stops the demo.
`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void demo.close().then(() => process.exit(0)));
  }
}
