// Loads oidc-provider without its import-time "unsupported runtime" warning.
import type * as OidcProviderModule from "oidc-provider";

/**
 * oidc-provider v9 prints "Unsupported runtime. Use Node.js v22.x LTS" when imported on
 * Node 20, which this repo supports (>=20.19) and where it works. There is no option
 * to turn that off, so we hide exactly that one line while the module first loads.
 */
async function importQuietly(): Promise<typeof OidcProviderModule> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("oidc-provider WARNING: Unsupported runtime")) return;
    warn(...args);
  };
  try {
    return await import("oidc-provider");
  } finally {
    console.warn = warn;
  }
}

export const { Provider, errors } = await importQuietly();
