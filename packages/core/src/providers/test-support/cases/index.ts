// Every OAuth 2 preset's documented behaviour, one row each, in batches.
import type { PresetCase } from "../provider-simulator.js";
import { BATCH_1 } from "./batch-1.js";
import { BATCH_2 } from "./batch-2.js";
import { BATCH_3 } from "./batch-3.js";
import { BATCH_4 } from "./batch-4.js";
import { BATCH_5 } from "./batch-5.js";
import { BATCH_6 } from "./batch-6.js";

export const CASES: readonly PresetCase[] = [
  ...BATCH_1,
  ...BATCH_2,
  ...BATCH_3,
  ...BATCH_4,
  ...BATCH_5,
  ...BATCH_6,
];
