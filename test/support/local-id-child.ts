// The child side of local-id-process.ts: starts Local ID from the options in argv and reports its address.
import { type LocalIdOptions, startLocalId } from "@oauth-dance/local-id";

const options = JSON.parse(process.argv[2] ?? "{}") as LocalIdOptions;
const server = await startLocalId(options);
process.send?.({ issuer: server.issuer, port: server.port, apiUrl: server.apiUrl, mtls: server.mtls });
// The parent going away (or killing us) ends the server.
process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));
