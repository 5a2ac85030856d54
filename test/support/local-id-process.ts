// Local ID in a child process: its memory and CPU stay out of the app's process, so the app's own can be measured.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LocalIdOptions, LocalIdServer } from "@oauth-dance/local-id";

interface Ready {
  issuer: string;
  port: number;
  apiUrl: string;
  mtls?: NonNullable<LocalIdServer["mtls"]>;
}

/** Starts Local ID with these options in its own Node process; `close()` ends that process. */
export async function startLocalIdProcess(options: LocalIdOptions): Promise<LocalIdServer> {
  const child = fork(
    fileURLToPath(new URL("./local-id-child.ts", import.meta.url)),
    [JSON.stringify(options)],
    {
      execArgv: ["--import", "tsx", "--conditions=@oauth-dance/source"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once("message", (message) => resolve(message as Ready));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`Local ID exited with ${code} before it was ready`)));
  });
  return {
    ...ready,
    // Counted in the child; scenarios that need the counts use the in-process Local ID.
    stats: { tokenRequests: {}, registrations: 0, registrationRequests: 0 },
    registeredClients: () => Promise.reject(new Error("registeredClients needs the in-process Local ID")),
    expireAccessTokens: () => {
      throw new Error("expireAccessTokens needs the in-process Local ID");
    },
    isLive: () => Promise.reject(new Error("isLive needs the in-process Local ID")),
    backchannelLogouts: [],
    signLogoutToken: () => Promise.reject(new Error("signLogoutToken needs the in-process Local ID")),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
