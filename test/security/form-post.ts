// What a browser does with a `response_mode=form_post` page: submit its hidden form, cross-site, with its cookies.
import type { Browser, Visit } from "../support/browser.js";
import type { Scenario } from "../support/scenario.js";

export interface PostedForm {
  action: string;
  fields: [string, string][];
}

/** Reads the auto-submitting form of a provider's form_post page. */
export function formOf(page: Visit): PostedForm {
  const action = /<form method="post" action="([^"]*)"/.exec(page.body)?.[1];
  if (!action) throw new Error(`not a form_post page: ${page.status} ${page.body.slice(0, 200)}`);
  const fields = [...page.body.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"\/>/g)].map(
    ([, name, value]) => [unescapeHtml(name as string), unescapeHtml(value as string)] as [string, string],
  );
  return { action: unescapeHtml(action), fields };
}

/**
 * POSTs the form to the app as the browser would (its cookies for the host, Set-Cookie kept), then follows the
 * redirect it answers with. Returns the POST's own answer and where the browser ended.
 */
export async function submitForm(browser: Browser, app: Scenario, form: PostedForm) {
  const url = new URL(form.action);
  const cookie = Object.entries(browser.cookies(url.hostname))
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  const answer = await app.fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(form.fields).toString(),
  });
  for (const line of answer.headers.getSetCookie()) {
    const pair = line.slice(0, line.indexOf(";"));
    const name = pair.slice(0, pair.indexOf("="));
    if (/; Max-Age=0/i.test(line)) browser.deleteCookie(url.hostname, name);
    else browser.setCookie(url.hostname, name, pair.slice(pair.indexOf("=") + 1));
  }
  const location = answer.headers.get("location");
  const ended = location ? await browser.visit(new URL(location, url).href) : undefined;
  return { answer, ended };
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
