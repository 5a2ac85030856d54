// Local ID (oidc-provider) for the full-dance bench: `local-id.ts '<clients JSON>'` prints `{"port", "issuer"}`.
// Runs with tsx (Local ID is TypeScript source); it is the provider, whose own cost is not what is measured.
import { type LocalIdClient, startLocalId } from "@oauth-dance/local-id";

const clients = JSON.parse(process.argv[2] ?? "[]") as LocalIdClient[];
const idp = await startLocalId({ clients, autoLogin: true });
console.log(JSON.stringify({ port: idp.port, issuer: idp.issuer }));
process.on("SIGTERM", () => {
  void idp.close().finally(() => process.exit(0));
});
