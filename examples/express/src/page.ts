// The demo's only page, as plain HTML: who is logged in with which provider, their token, and what the API said.

export interface ProviderView {
  name: string;
  label: string;
  loginUrl: string;
  profile?: Record<string, unknown>;
  token?: { scope: string; expiresIn: string; refreshable: boolean };
  apiResult?: string;
  error?: string;
}

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function providerCard(view: ProviderView): string {
  const error = view.error ? `<p class="error" role="alert">${escapeHtml(view.error)}</p>` : "";
  if (!view.profile) {
    return `<section class="card" id="${view.name}">
  <h2>${escapeHtml(view.label)}</h2>${error}
  <a class="button" id="login-${view.name}" href="${escapeHtml(view.loginUrl)}">Log in with ${escapeHtml(view.label)}</a>
</section>`;
  }
  const rows = Object.entries(view.profile)
    .map(
      ([key, value]) =>
        `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(typeof value === "object" ? JSON.stringify(value) : value)}</td></tr>`,
    )
    .join("");
  const api = view.apiResult ? `<pre id="api-result-${view.name}">${escapeHtml(view.apiResult)}</pre>` : "";
  return `<section class="card" id="${view.name}">
  <h2>${escapeHtml(view.label)}: logged in</h2>${error}
  <table class="profile">${rows}</table>
  <p class="token">Scopes: <code>${escapeHtml(view.token?.scope || "(none)")}</code> · expires in ${escapeHtml(view.token?.expiresIn)}${view.token?.refreshable ? " · refreshable" : ""}</p>
  <form method="post" action="/call/${view.name}"><button id="call-${view.name}">Call the API</button></form>
  <form method="post" action="/logout/${view.name}"><button id="logout-${view.name}" class="secondary">Log out</button></form>
  ${api}
</section>`;
}

export function renderPage(views: ProviderView[], notice?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>oauth-dance demo</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  .lead { color: #5a6275; margin-top: 0; }
  .card { border: 1px solid #d8dce6; border-radius: 10px; padding: 1rem 1.25rem; margin: 1rem 0; }
  .card h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
  .button, button { display: inline-block; background: #2f5bea; color: #fff; border: 0; border-radius: 6px; padding: .5rem .9rem; font: inherit; text-decoration: none; cursor: pointer; }
  button.secondary { background: #e9ecf3; color: #1d2330; }
  form { display: inline-block; margin-right: .5rem; }
  .profile { border-collapse: collapse; margin-bottom: .5rem; }
  .profile th { text-align: left; padding-right: 1rem; color: #5a6275; font-weight: 500; }
  .error { background: #fdecec; color: #8a1f1f; padding: .5rem .75rem; border-radius: 6px; }
  .notice { background: #eef6ee; padding: .5rem .75rem; border-radius: 6px; }
  pre { background: #f5f6f9; padding: .75rem; border-radius: 6px; overflow-x: auto; }
  code { background: #f5f6f9; padding: 0 .25rem; border-radius: 4px; }
</style>
</head>
<body>
<h1>oauth-dance demo</h1>
<p class="lead">Log in with a provider, then call its API on your behalf. Local ID users: <code>alice</code> / <code>alice</code>, <code>bob</code> / <code>bob</code>.</p>
${notice ? `<p class="notice">${escapeHtml(notice)}</p>` : ""}
${views.map(providerCard).join("\n")}
</body>
</html>`;
}
