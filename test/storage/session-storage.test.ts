// SessionStorage (tokens in the browser's sealed cookies) passes the storage conformance suite.
import { SessionStorage } from "@oauth-dance/core";
import { describeStorageConformance } from "@oauth-dance/core/testing/storage";

describeStorageConformance(
  "SessionStorage",
  async () => ({ storage: new SessionStorage(), close: async () => {} }),
  {
    compareAndSet:
      "SessionStorage keeps the token in each browser's own cookie, so there is no shared copy to compare against",
    rows: "SessionStorage keeps cookies in the browser, not rows",
    accounts:
      "SessionStorage keeps one cookie per provider: a browser's cookies have no room for several accounts",
  },
);
