// What every comparative bench shares: compiled servers pinned to core 0, wrk pinned to core 1, /proc readings.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const RESULTS_DIR = join(BENCH_DIR, "results");
const OUT_DIR = join(BENCH_DIR, ".out");
/** The server under test runs here; the load generator (and, for the dance, the provider) on the other core. */
export const SERVER_CORE = "0";
export const LOAD_CORE = "1";
const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/**
 * Compiles server entry files to plain JavaScript once, so servers run on bare `node` (no TypeScript loader
 * thread in their memory or CPU figures). Packages stay external: @oauth-dance/* resolve to their built dist.
 */
export async function compileServers(entries: string[]): Promise<Record<string, string>> {
  await build({
    entryPoints: entries.map((entry) => join(BENCH_DIR, entry)),
    outdir: OUT_DIR,
    outbase: BENCH_DIR,
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  return Object.fromEntries(entries.map((entry) => [entry, join(OUT_DIR, entry.replace(/\.ts$/, ".js"))]));
}

export interface Server {
  pid: number;
  port: number;
  /** Extra fields the server printed in its ready line. */
  info: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Starts `node file ...args` on the server core; resolves once it prints `{"port": n, ...}` on stdout. */
export function startServer(
  file: string,
  args: string[],
  options: { core?: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] } = {},
): Promise<Server> {
  const child = spawn(
    "taskset",
    ["-c", options.core ?? SERVER_CORE, process.execPath, ...(options.nodeArgs ?? []), file, ...args],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "production", ...options.env } },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${file} ${args.join(" ")}: no ready line in 30 s`)),
      30_000,
    );
    let buffered = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split("\n").find((l) => l.startsWith("{"));
      if (!line) return;
      clearTimeout(timer);
      const info = JSON.parse(line) as { port: number };
      child.stdout?.removeAllListeners("data");
      child.stdout?.resume();
      resolve({ pid: child.pid as number, port: info.port, info, stop: () => stopChild(child) });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} ${args.join(" ")} exited with ${code} before it was ready`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 3000).unref();
  });
}

/** CPU milliseconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 of stat (utime, stime), counted from after the command name (field 3 is index 0).
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000;
}

/** Current and peak resident memory of a process in MB, from /proc/<pid>/status. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

export interface WrkResult {
  rps: number;
  requests: number;
  errors: number;
  non3xx: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

/** Runs wrk on the load core: one thread, `connections` connections, for `seconds`, with extra `headers`. */
export function wrk(url: string, connections: number, seconds: number, headers: string[] = []): WrkResult {
  const headerArgs = headers.flatMap((header) => ["-H", header]);
  const out = execFileSync(
    "taskset",
    ["-c", LOAD_CORE, "wrk", "-t1", `-c${connections}`, `-d${seconds}s`, "--latency", ...headerArgs, url],
    { encoding: "utf8", timeout: (seconds + 30) * 1000 },
  );
  const number = (pattern: RegExp) => Number(pattern.exec(out)?.[1] ?? 0);
  const latency = (pattern: RegExp) => {
    const match = pattern.exec(out);
    if (!match) return Number.NaN;
    const value = Number(match[1]);
    return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
  };
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non3xx: number(/Non-2xx or 3xx responses: (\d+)/),
    latencyP50Ms: latency(/50%\s+([\d.]+)(us|ms|s)/),
    latencyP99Ms: latency(/99%\s+([\d.]+)(us|ms|s)/),
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The machine a result was measured on, and how busy it was. */
export function machine(): Record<string, unknown> {
  return {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    kernel: execFileSync("uname", ["-r"]).toString().trim(),
    loadavg: loadavg().map((n) => Number(n.toFixed(2))),
  };
}

export function writeResult(name: string, result: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `--only a,b` and `--runs n` style arguments. */
export function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** The kinds `--only "a|b"` names, or all of them. */
export function selectedKinds(all: readonly string[]): string[] {
  const only = argument("only")?.split("|");
  return only ? all.filter((kind) => only.includes(kind)) : [...all];
}

/** What one measured wrk run against a server found: throughput, and the server's CPU per request. */
export interface MeasuredRun {
  rps: number;
  cpuUsPerRequest: number;
  peakRssMb: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  /** Answers that were neither 2xx nor 3xx. */
  unexpected: number;
  loadavg1: number;
}

/** A warm-up of `warmupSeconds`, then `seconds` of wrk on `url`, with the server's CPU read from /proc around it. */
export async function measureWrk(
  pid: number,
  url: string,
  load: { connections: number; seconds: number; warmupSeconds: number; headers?: string[] },
): Promise<MeasuredRun> {
  wrk(url, load.connections, load.warmupSeconds, load.headers);
  await sleep(200);
  const loadavg1 = loadavg()[0] as number;
  const before = cpuMs(pid);
  const result = wrk(url, load.connections, load.seconds, load.headers);
  const cpu = cpuMs(pid) - before;
  return {
    rps: Math.round(result.rps),
    cpuUsPerRequest: Number(((cpu * 1000) / result.requests).toFixed(1)),
    peakRssMb: Number(memoryMb(pid).peak.toFixed(1)),
    latencyP50Ms: result.latencyP50Ms,
    latencyP99Ms: result.latencyP99Ms,
    errors: result.errors,
    unexpected: result.non3xx,
    loadavg1: Number(loadavg1.toFixed(2)),
  };
}

/** Each kind's runs with the median of the named fields: the shape every results file uses. */
export function withMedians<Run extends object, Key extends keyof Run & string>(
  runs: Record<string, Run[]>,
  keys: readonly Key[],
): Record<string, { median: Record<Key, number>; runs: Run[] }> {
  return Object.fromEntries(
    Object.entries(runs).map(([kind, list]) => [
      kind,
      {
        median: Object.fromEntries(
          keys.map((key) => [key, median(list.map((run) => Number(run[key])))]),
        ) as Record<Key, number>,
        runs: list,
      },
    ]),
  );
}
