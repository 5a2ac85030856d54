// Draws bench/results/chart.svg from the raw results (login-redirect, full-dance, logged-in, memory .json):
// one panel per bench, horizontal bars, oauth-dance in one colour and everything else in another.
// Run: node --import tsx bench/chart.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RESULTS_DIR } from "./support/kit.js";

type Group = "ours" | "baseline" | "other";

interface Bar {
  label: string;
  value: number;
  /** Whose figure it is: picks the colour. */
  group: Group;
}

interface Panel {
  title: string;
  unit: string;
  bars: Bar[];
  note?: string;
}

const WIDTH = 920;
const LABEL_WIDTH = 300;
const BAR_HEIGHT = 18;
const GAP = 6;
const COLOURS = { ours: "#2f6fdf", baseline: "#9aa5b1", other: "#e07b39" } as const;

function read<T>(name: string): T | undefined {
  const file = join(RESULTS_DIR, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

const groupOf = (label: string): Group =>
  label.startsWith("oauth-dance")
    ? "ours"
    : label.includes("static") || label.startsWith("hand-written")
      ? "baseline"
      : "other";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function format(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString("en") : value.toFixed(value >= 10 ? 1 : 2);
}

/** One panel at `top`; returns its SVG and height. */
function drawPanel(panel: Panel, top: number): { svg: string; height: number } {
  const max = Math.max(...panel.bars.map((bar) => bar.value), 1);
  const scale = (WIDTH - LABEL_WIDTH - 110) / max;
  const parts = [
    `<text x="16" y="${top + 20}" class="title">${escapeXml(panel.title)}</text>`,
    `<text x="16" y="${top + 38}" class="note">${escapeXml(panel.note ?? panel.unit)}</text>`,
  ];
  panel.bars.forEach((bar, i) => {
    const y = top + 50 + i * (BAR_HEIGHT + GAP);
    const width = Math.max(1, bar.value * scale);
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 13}" class="label" text-anchor="end">${escapeXml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${COLOURS[bar.group]}"/>`,
      `<text x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${y + 13}" class="value">${format(bar.value)} ${escapeXml(panel.unit)}</text>`,
    );
  });
  return { svg: parts.join("\n"), height: 60 + panel.bars.length * (BAR_HEIGHT + GAP) + 16 };
}

type Medians<M> = {
  results: Record<string, { median: M }>;
  date: string;
  machine: { loadavg?: number[] };
  settings?: { runs?: number; seconds?: number };
};

/** "median of 5 runs of 8 s", from the settings the bench recorded. */
function runsOf(file: Medians<unknown>): string {
  const { runs = 3, seconds = 10 } = file.settings ?? {};
  return `median of ${runs} runs of ${seconds} s`;
}

const panels: Panel[] = [];
const login = read<Medians<{ rps: number }>>("login-redirect");
if (login) {
  panels.push({
    title: "Login redirect: GET /login/github -> 302 with state, one core",
    unit: "req/s",
    note: `requests per second, ${runsOf(login)}, 50 connections (higher is better)`,
    bars: Object.entries(login.results).map(([label, { median }]) => ({
      label,
      value: median.rps,
      group: groupOf(label),
    })),
  });
}
const dance = read<Medians<{ appCpuMsPerDance: number; dancesPerSecond: number }>>("full-dance");
if (dance) {
  panels.push({
    title: "Full dance against oidc-provider: app CPU per completed dance",
    unit: "ms",
    note: `app CPU milliseconds per dance from /proc, ${runsOf(dance)}, 16 browsers (lower is better)`,
    bars: Object.entries(dance.results).map(([label, { median }]) => ({
      label,
      value: median.appCpuMsPerDance,
      group: groupOf(label),
    })),
  });
}
const loggedIn = read<Medians<{ rps: number }>>("logged-in");
if (loggedIn) {
  panels.push({
    title: "Logged-in request: load the token, call a local API with it",
    unit: "req/s",
    note: `requests per second, ${runsOf(loggedIn)}, 50 connections (higher is better)`,
    bars: Object.entries(loggedIn.results).map(([label, { median }]) => ({
      label,
      value: median.rps,
      group: groupOf(label),
    })),
  });
}
const memory = read<{
  results: Record<
    string,
    { startMb: number; warmMb?: number; afterLoginsMb: number; afterLoggedInMb: number }
  >;
}>("memory");
if (memory) {
  panels.push({
    title: "Memory: server RSS after a 10k-login warm-up, 100k logins, then 100k logged-in requests",
    unit: "MB",
    note: "resident set in MB: at start / warmed up / after the logins / after the logged-in requests (lower is better)",
    bars: Object.entries(memory.results).flatMap(([label, figures]) => [
      { label: `${label}: start`, value: figures.startMb, group: groupOf(label) },
      ...(figures.warmMb === undefined
        ? []
        : [{ label: "after 10k logins (warm)", value: figures.warmMb, group: groupOf(label) }]),
      { label: "after 100k more logins", value: figures.afterLoginsMb, group: groupOf(label) },
      { label: "after 100k logged-in", value: figures.afterLoggedInMb, group: groupOf(label) },
    ]),
  });
}
if (panels.length === 0) throw new Error(`no results in ${RESULTS_DIR}: run the benches first`);

let top = 10;
const drawn = panels.map((panel) => {
  const { svg, height } = drawPanel(panel, top);
  top += height;
  return svg;
});
const legendY = top + 10;
const legend = [
  [COLOURS.ours, "oauth-dance"],
  [COLOURS.baseline, "the framework alone / hand-written floor"],
  [COLOURS.other, "grant, passport"],
]
  .map(
    ([colour, text], i) =>
      `<rect x="${16 + i * 330}" y="${legendY}" width="12" height="12" fill="${colour}"/><text x="${34 + i * 330}" y="${legendY + 11}" class="label">${text}</text>`,
  )
  .join("\n");
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${legendY + 30}" viewBox="0 0 ${WIDTH} ${legendY + 30}" font-family="system-ui, sans-serif">
<style>.title{font-size:15px;font-weight:600}.note{font-size:11px;fill:#555}.label{font-size:12px}.value{font-size:11px;fill:#333}</style>
<rect width="100%" height="100%" fill="#fff"/>
${drawn.join("\n")}
${legend}
</svg>
`;
const file = join(RESULTS_DIR, "chart.svg");
writeFileSync(file, svg);
console.log(`${panels.length} panels -> ${file}`);
