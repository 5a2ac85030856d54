// The HTML pages a person sees: sign-in, consent, sign-out and errors. No front-end build.

const scopeDescriptions: Record<string, string> = {
  openid: "Know who you are (your user id)",
  profile: "See your name",
  email: "See your email address",
  offline_access: "Keep access while you are away (a refresh token)",
};

export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Local ID</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #222; margin: 0; }
  main { max-width: 22rem; margin: 4rem auto; background: #fff; padding: 1.5rem 2rem;
         border-radius: 8px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); }
  h1 { font-size: 1.3rem; margin-top: 0; }
  label { display: block; margin: 0.8rem 0 0.2rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font-size: 1rem; }
  button { font-size: 1rem; padding: 0.5rem 1.2rem; margin: 1rem 0.5rem 0 0; cursor: pointer;
           border: 0; border-radius: 4px; background: #2f6fed; color: #fff; }
  button.secondary { background: #ddd; color: #222; }
  .error { background: #fde8e8; color: #a11; padding: 0.5rem; border-radius: 4px; }
  .hint, footer { color: #666; font-size: 0.9rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
<footer><p>Local ID – a test OpenID Connect server</p></footer>
</main>
</body>
</html>`;
}

export function loginPage(options: {
  uid: string;
  clientName: string;
  demoLogins: { id: string; password: string }[];
  username?: string;
  error?: string;
}): string {
  const hint = options.demoLogins.map(
    (user) => `<code>${escapeHtml(user.id)}</code> / <code>${escapeHtml(user.password)}</code>`,
  );
  return layout(
    "Sign in",
    `<p>to continue to <strong>${escapeHtml(options.clientName)}</strong></p>
${options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(options.uid)}/login">
  <label for="username">Username</label>
  <input id="username" name="username" autocomplete="username" autofocus required value="${escapeHtml(options.username ?? "")}">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button id="login" type="submit">Sign in</button>
</form>
<p class="hint">Demo users (username / password): ${hint.join(", ")}</p>`,
  );
}

export function consentPage(options: {
  uid: string;
  clientName: string;
  userName: string;
  scopes: string[];
}): string {
  const items = options.scopes.map(
    (scope) =>
      `<li>${escapeHtml(scopeDescriptions[scope] ?? scope)} <small>(<code>${escapeHtml(scope)}</code>)</small></li>`,
  );
  return layout(
    "Allow access?",
    `<p>Signed in as <strong>${escapeHtml(options.userName)}</strong>.</p>
<p><strong>${escapeHtml(options.clientName)}</strong> wants to:</p>
<ul>${items.join("")}</ul>
<form method="post" action="/interaction/${escapeHtml(options.uid)}/consent">
  <button id="allow" type="submit" name="decision" value="allow">Allow</button>
  <button id="deny" class="secondary" type="submit" name="decision" value="deny">Deny</button>
</form>`,
  );
}

/** oidc-provider's sign-out confirmation; `form` is its own hidden form with the CSRF token. */
export function logoutPage(form: string): string {
  return layout(
    "Sign out?",
    `${form}
<button id="logout" type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button id="stay" class="secondary" type="submit" form="op.logoutForm">No, stay signed in</button>`,
  );
}

export function messagePage(title: string, lines: Record<string, unknown> | string): string {
  const body =
    typeof lines === "string"
      ? `<p>${escapeHtml(lines)}</p>`
      : Object.entries(lines)
          .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`)
          .join("\n");
  return layout(title, body);
}
