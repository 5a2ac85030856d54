// Profiles one bench server under load: node --cpu-prof on core 0, wrk on core 1, then the hottest functions
// (self time) and the time per package. Build first (npm run build).
// Run: node --import tsx bench/profile.ts "oauth-dance express" [--seconds 8] [--path /login/github] [--top 30]
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { argument, compileServers, startServer, wrk } from "./support/kit.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const kind = process.argv[2];
if (!kind || kind.startsWith("--")) throw new Error('usage: bench/profile.ts "<server kind>" [--seconds n]');
const seconds = Number(argument("seconds") ?? 8);
const path = argument("path") ?? "/login/github";
const top = Number(argument("top") ?? 30);
const entry = argument("server") ?? "servers/login.ts";
const folder = mkdtempSync(join(tmpdir(), "oauth-dance-prof-"));
const { [entry]: file } = await compileServers([entry]);
const server = await startServer(file as string, [kind], {
  nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${folder}`, "--cpu-prof-interval=100"],
});
const result = wrk(`http://127.0.0.1:${server.port}${path}`, 50, seconds);
await server.stop();

const profileFile = readdirSync(folder).find((name) => name.endsWith(".cpuprofile"));
if (!profileFile) throw new Error(`no profile written in ${folder}`);
const profile = JSON.parse(readFileSync(join(folder, profileFile), "utf8")) as { nodes: ProfileNode[] };
const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
const selfByFunction = new Map<string, number>();
const selfByPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  if (!hits) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "");
  const name = `${functionName || "(anonymous)"} ${where ? `${where}:${lineNumber + 1}` : ""}`.trim();
  selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + hits);
  selfByPackage.set(
    packageOf(url, functionName),
    (selfByPackage.get(packageOf(url, functionName)) ?? 0) + hits,
  );
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url) ?? /packages\/([^/]+)/.exec(url);
  return match?.[1] ?? url.replace(/^.*\/bench\//, "bench/");
}

const percent = (hits: number) => `${((hits / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${kind} ${path}: ${Math.round(result.rps)} rps under --cpu-prof, ${total} samples`);
console.log("\nself time by package");
for (const [name, hits] of [...selfByPackage].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${percent(hits)}  ${name}`);
}
console.log("\nself time by function");
for (const [name, hits] of [...selfByFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${percent(hits)}  ${name}`);
}
console.log(`\nprofile: ${join(folder, profileFile)}`);
