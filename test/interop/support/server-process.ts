// Starting a third-party server as a child process (free loopback port, own temp dir); knowing when it answers.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A TCP port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

/**
 * Runs `start` with a fresh temp dir (`prefix` + random) for the server's files, which lives as long as the
 * server: it is removed when `start` throws, and by the returned server's `close`, after its own `close`.
 * `start` returns a plain object: it is copied, with that `close` in place of its own.
 */
export async function startInTempDir<T extends { close(): Promise<void> }>(
  prefix: string,
  start: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const remove = () => rm(dir, { recursive: true, force: true });
  let server: T;
  try {
    server = await start(dir);
  } catch (error) {
    await remove();
    throw error;
  }
  return {
    ...server,
    close: async () => {
      try {
        await server.close();
      } finally {
        await remove();
      }
    },
  };
}

export interface ServerProcessOptions {
  /** Shown in errors ("Glewlwyd"). */
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: Readonly<Record<string, string>>;
  /** A URL that answers (any HTTP status) once the server is ready. */
  readyUrl: string;
  /** How long the server may take to answer, in ms. Default 60 000 (a loaded machine is slow, not broken). */
  startTimeoutMs?: number;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything the process wrote, for error messages. */
  output(): string;
  close(): Promise<void>;
}

/**
 * Spawns the server and resolves once `readyUrl` answers. Fails loudly, with the server's own output, when the
 * process exits or does not answer in time: a server that cannot start fails the run, it is never skipped.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error) =>
      reject(new Error(`${options.name} could not be started: ${error.message}`)),
    );
    child.once("exit", (code, signal) =>
      reject(new Error(`${options.name} exited (${signal ?? code}) before answering:\n${log}`)),
    );
  });
  exited.catch(() => undefined);
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = once(child, "exit");
    child.kill("SIGTERM");
    const force = setTimeout(() => child.kill("SIGKILL"), 5000);
    await gone;
    clearTimeout(force);
  };
  try {
    await Promise.race([
      answers(options.readyUrl, options.startTimeoutMs ?? 60_000, options.name, () => log),
      exited,
    ]);
  } catch (error) {
    await close();
    throw error;
  }
  return { child, output: () => log, close };
}

/** Polls the URL until it answers; each attempt waits on the connection itself, not on a fixed pause. */
async function answers(url: string, timeoutMs: number, name: string, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
      await response.body?.cancel();
      return;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`${name} did not answer at ${url} within ${timeoutMs} ms:\n${log()}`);
      // Connection refused comes back at once: back off a little so the poll does not spin a core.
      await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 250)));
    }
  }
}
