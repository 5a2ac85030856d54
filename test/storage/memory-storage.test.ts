// MemoryStorage passes the storage conformance suite.
import { MemoryStorage } from "@oauth-dance/core";
import { describeStorageConformance } from "@oauth-dance/core/testing/storage";

describeStorageConformance(
  "MemoryStorage",
  async () => ({ storage: new MemoryStorage(), close: async () => {} }),
  { rows: "MemoryStorage keeps a Map entry, not rows; the Map's key makes one entry per provider and user" },
);
