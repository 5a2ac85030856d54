// The demo's one page, as plain HTML: a card per provider with the login button, or the user, their token and the API.
import type { Profile } from "./profile.js";

/** The token as the page shows it: never the token itself. */
export interface TokenView {
  scopes: string[];
  /** Unix seconds; undefined when the provider sent no expiry. */
  expiresAt?: number;
  refreshable: boolean;
  /** When `handle.api` last refreshed this token (the `tokenUpdated` hook, reason "refreshed"). */
  refreshedAt?: Date;
}

/** What the "Call the API" button got back. */
export interface ApiCallView {
  url: string;
  /** Undefined when no answer came (no token, a refused refresh, the provider unreachable). */
  status?: number;
  body: string;
  at: Date;
}

export interface ProviderView {
  name: string;
  label: string;
  loginUrl: string;
  error?: string;
  session?: { profile: Profile; token: TokenView; apiCall?: ApiCallView };
}

/** What a person must do to add a provider that is not configured. */
export interface SetupHint {
  label: string;
  /** What to register, and where. */
  register: string;
  callbackUrl: string;
  /** The environment variables to set. */
  keys: string[];
}

export interface PageView {
  /** "Express", "Hono", "Koa". */
  framework: string;
  providers: ProviderView[];
  notice?: string;
  /**
   * The provider `notice` is about (a logout). The notice is left out once that provider's card says something
   * newer, an error or a login, so the page never shows "logged out" beside what happened since.
   */
  noticeAbout?: string;
  /** How to add the providers that are not configured. */
  setupHints: SetupHint[];
  /** Where tokens are kept, for the footer. */
  storage: string;
  now: Date;
}

/** The tab's icon, inline so the browser never asks for /favicon.ico (which none of the demos serves). */
const ICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#2f5bea"/><circle cx="16" cy="16" r="7.5" fill="none" stroke="#fff" stroke-width="4"/></svg>',
)}`;

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "12:05:10", in the server's time zone. */
function clock(date: Date): string {
  return date.toTimeString().slice(0, 8);
}

/** "1 min 55 s", "40 s". */
function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 120) return `${minutes} min${s % 60 ? ` ${s % 60} s` : ""}`;
  return `${Math.round(minutes / 60)} h`;
}

export function expiryText(token: TokenView, now: Date): string {
  if (token.expiresAt === undefined) return "does not expire";
  const left = token.expiresAt - now.getTime() / 1000;
  const at = clock(new Date(token.expiresAt * 1000));
  return left >= 0 ? `expires in ${duration(left)} (at ${at})` : `expired ${duration(-left)} ago (at ${at})`;
}

function displayName(profile: Profile): string {
  return profile.name ?? profile.email ?? profile.id;
}

function avatar(profile: Profile): string {
  if (profile.avatarUrl) {
    return `<img class="avatar" src="${escapeHtml(profile.avatarUrl)}" alt="" referrerpolicy="no-referrer">`;
  }
  return `<span class="avatar" aria-hidden="true">${escapeHtml(displayName(profile).slice(0, 1).toUpperCase())}</span>`;
}

function profileRows(profile: Profile): string {
  const rows: [string, string | undefined][] = [
    ["Name", profile.name],
    ["Email", profile.email],
    ["Id at the provider", profile.id],
  ];
  return rows
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `<tr><th>${key}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("");
}

function tokenRows(name: string, token: TokenView, now: Date): string {
  const scopes = token.scopes.length
    ? token.scopes.map((scope) => `<code>${escapeHtml(scope)}</code>`).join(" ")
    : "<em>none reported</em>";
  const refresh = token.refreshable
    ? "yes: renewed automatically shortly before it expires"
    : "no: log in again when it expires";
  const refreshed = token.refreshedAt
    ? `<tr><th>Refreshed</th><td id="refreshed-${name}" class="fresh">at ${clock(token.refreshedAt)}</td></tr>`
    : "";
  return `<tr><th>Scopes</th><td id="scopes-${name}">${scopes}</td></tr>
    <tr><th>Access token</th><td id="expiry-${name}">${escapeHtml(expiryText(token, now))}</td></tr>
    <tr><th>Refresh token</th><td>${refresh}</td></tr>${refreshed}`;
}

function apiBlock(name: string, call: ApiCallView): string {
  const status = call.status === undefined ? "no answer" : String(call.status);
  return `<div class="api" id="api-result-${name}">
  <p><code>GET ${escapeHtml(call.url)}</code> → <strong>${escapeHtml(status)}</strong> at ${clock(call.at)}</p>
  <pre>${escapeHtml(call.body)}</pre>
</div>`;
}

function providerCard(view: ProviderView, now: Date): string {
  const name = escapeHtml(view.name);
  const label = escapeHtml(view.label);
  const error = view.error
    ? `<p class="error" role="alert" id="error-${name}">${escapeHtml(view.error)}</p>`
    : "";
  const session = view.session;
  if (!session) {
    return `<section class="card" id="card-${name}">
  <h2>${label}</h2>${error}
  <a class="button" id="login-${name}" href="${escapeHtml(view.loginUrl)}">Log in with ${label}</a>
</section>`;
  }
  return `<section class="card" id="card-${name}">
  <h2>${avatar(session.profile)}<span>Logged in with ${label} as <span id="user-${name}">${escapeHtml(displayName(session.profile))}</span></span></h2>${error}
  <table class="details">
    <tbody id="profile-${name}">${profileRows(session.profile)}</tbody>
    <tbody class="token" id="token-${name}">${tokenRows(name, session.token, now)}</tbody>
  </table>
  <form method="post" action="/call/${name}"><button id="call-${name}">Call the API</button></form>
  ${session.token.refreshable ? `<form method="post" action="/expire/${name}"><button id="expire-${name}" class="secondary" title="Marks the token as expired, so the next API call refreshes it">Let the token expire</button></form>` : ""}
  <form method="post" action="/logout/${name}"><button id="logout-${name}" class="secondary">Log out</button></form>
  ${session.apiCall ? apiBlock(name, session.apiCall) : ""}
</section>`;
}

/** The notice, unless the provider it is about has moved on since (an error, a new login). */
function currentNotice(page: PageView): string | undefined {
  const about = page.providers.find((view) => view.name === page.noticeAbout);
  return about && (about.error !== undefined || about.session !== undefined) ? undefined : page.notice;
}

export function renderPage(page: PageView): string {
  const notice = currentNotice(page);
  const hints = page.setupHints.length
    ? `<section class="card hints" id="setup-hints"><h2>More providers</h2><ul>${page.setupHints
        .map(
          (hint) =>
            `<li><strong>${escapeHtml(hint.label)}</strong>: register ${escapeHtml(hint.register)} with the callback URL ` +
            `<code>${escapeHtml(hint.callbackUrl)}</code>, set ${hint.keys.map((key) => `<code>${escapeHtml(key)}</code>`).join(" and ")} ` +
            "in the environment or a <code>.env</code> file, and restart the demo.</li>",
        )
        .join("")}</ul></section>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>oauth-dance demo · ${escapeHtml(page.framework)}</title>
<link rel="icon" href="${ICON}">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  .lead { color: #5a6275; margin-top: 0; }
  .card { border: 1px solid #d8dce6; border-radius: 10px; padding: 1rem 1.25rem; margin: 1rem 0; }
  .card h2 { font-size: 1.15rem; margin: 0 0 .75rem; display: flex; align-items: center; gap: .6rem; }
  .avatar { width: 2rem; height: 2rem; border-radius: 50%; background: #2f5bea; color: #fff; display: inline-grid; place-items: center; font-size: 1rem; }
  .button, button { display: inline-block; background: #2f5bea; color: #fff; border: 0; border-radius: 6px; padding: .5rem .9rem; font: inherit; text-decoration: none; cursor: pointer; }
  button.secondary { background: #e9ecf3; color: #1d2330; }
  form { display: inline-block; margin: .5rem .5rem 0 0; }
  table { border-collapse: collapse; margin-bottom: .5rem; }
  th { text-align: left; padding: .1rem 1rem .1rem 0; color: #5a6275; font-weight: 500; vertical-align: top; }
  .token tr:first-child > * { border-top: 1px solid #eceef4; padding-top: .4rem; }
  .fresh { color: #1d6b35; font-weight: 600; }
  .error { background: #fdecec; color: #8a1f1f; padding: .5rem .75rem; border-radius: 6px; }
  .notice { background: #eef6ee; padding: .5rem .75rem; border-radius: 6px; }
  .hints { color: #5a6275; font-size: .95rem; }
  .api p { margin: .75rem 0 .25rem; }
  pre { background: #f5f6f9; padding: .75rem; border-radius: 6px; overflow-x: auto; margin-top: 0; }
  code { background: #f5f6f9; padding: 0 .25rem; border-radius: 4px; }
  footer { color: #5a6275; font-size: .9rem; margin-top: 2rem; }
</style>
</head>
<body>
<h1>oauth-dance demo</h1>
<p class="lead">Log in with a provider, then call its API on your behalf. This copy runs on <strong>${escapeHtml(page.framework)}</strong>.
Local ID is a real OpenID Connect server started by the demo: log in as <code>alice</code> / <code>alice</code> or <code>bob</code> / <code>bob</code>.</p>
${notice ? `<p class="notice" id="notice" role="status">${escapeHtml(notice)}</p>` : ""}
${page.providers.map((view) => providerCard(view, page.now)).join("\n")}
${hints}
<footer>Tokens are kept by KnexStorage in ${escapeHtml(page.storage)}, one row per browser and provider. The page shows the token's scopes and expiry, never the token.</footer>
</body>
</html>`;
}
