// The scenario table's drivers: every scenario runs, unchanged, against each of them.
import type { Driver } from "../scenario.js";
import { expressDriver } from "./express.js";
import { fastifyDriver } from "./fastify.js";
import { honoMemoryDriver } from "./hono-memory.js";
import { honoNodeDriver } from "./hono-node.js";
import { koaDriver } from "./koa.js";

export const drivers: readonly Driver[] = [
  expressDriver,
  honoNodeDriver,
  honoMemoryDriver,
  koaDriver,
  fastifyDriver,
];
