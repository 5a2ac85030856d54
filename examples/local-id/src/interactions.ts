// The sign-in and consent pages that oidc-provider sends the browser to (/interaction/:uid).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { InteractionResults } from "oidc-provider";
import { readForm, sendHtml } from "./http-helpers.js";
import { errors } from "./oidc-provider.js";
import { consentPage, loginPage, messagePage } from "./pages.js";
import type { LocalIdProvider } from "./provider.js";
import type { LocalIdUser } from "./users.js";

type Interaction = Awaited<ReturnType<LocalIdProvider["interactionDetails"]>>;

const denied: InteractionResults = {
  error: "access_denied",
  error_description: "The user denied the request",
};

export interface InteractionSettings {
  users: LocalIdUser[];
  /** Complete interactions without pages when the request has `login_hint=<userId>` (or `deny`). */
  autoLogin: boolean;
}

export function createInteractionHandler(provider: LocalIdProvider, settings: InteractionSettings) {
  const { users } = settings;
  const userById = (id: unknown) => users.find((user) => user.id === id);

  async function clientName(interaction: Interaction): Promise<string> {
    const clientId = String(interaction.params.client_id);
    const client = await provider.Client.find(clientId);
    return client?.clientName ?? clientId;
  }

  /** Grants what oidc-provider says is still missing (it includes offline_access when allowed). */
  async function grantConsent(interaction: Interaction): Promise<string> {
    const { prompt, params, session, grantId } = interaction;
    if (!session) throw new Error("consent without a signed-in user");
    const existing = grantId ? await provider.Grant.find(grantId) : undefined;
    const grant =
      existing ?? new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) });
    const missingScope = prompt.details.missingOIDCScope as string[] | undefined;
    const missingClaims = prompt.details.missingOIDCClaims as string[] | undefined;
    if (missingScope) grant.addOIDCScope(missingScope);
    if (missingClaims) grant.addOIDCClaims(missingClaims);
    return grant.save();
  }

  /** autoLogin: the result for a scripted client, or undefined to show the normal pages. */
  async function automaticResult(interaction: Interaction): Promise<InteractionResults | undefined> {
    const hint = interaction.params.login_hint;
    if (!settings.autoLogin || typeof hint !== "string") return undefined;
    if (hint === "deny") return denied;
    const user = userById(hint);
    if (!user) return undefined;
    if (interaction.prompt.name === "login") return { login: { accountId: user.id } };
    if (interaction.prompt.name === "consent")
      return { consent: { grantId: await grantConsent(interaction) } };
    return undefined;
  }

  async function showLoginPage(
    res: ServerResponse,
    interaction: Interaction,
    extra: { username?: string; error?: string } = {},
  ) {
    sendHtml(
      res,
      200,
      loginPage({
        uid: interaction.uid,
        clientName: await clientName(interaction),
        demoLogins: users,
        ...extra,
      }),
    );
  }

  async function show(req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
    const automatic = await automaticResult(interaction);
    if (automatic) {
      // A plain 303 redirect back to oidc-provider, so a GET-only client can follow it.
      await provider.interactionFinished(req, res, automatic, { mergeWithLastSubmission: !automatic.error });
      return;
    }
    if (interaction.prompt.name === "login") return showLoginPage(res, interaction);
    if (interaction.prompt.name === "consent") {
      const user = userById(interaction.session?.accountId);
      const scopes = String(interaction.params.scope ?? "")
        .split(" ")
        .filter(Boolean);
      const name = await clientName(interaction);
      sendHtml(
        res,
        200,
        consentPage({ uid: interaction.uid, clientName: name, userName: user?.name ?? "?", scopes }),
      );
      return;
    }
    sendHtml(
      res,
      500,
      messagePage("Unsupported step", `Local ID cannot handle the "${interaction.prompt.name}" prompt.`),
    );
  }

  async function submitLogin(
    req: IncomingMessage,
    res: ServerResponse,
    interaction: Interaction,
  ): Promise<void> {
    const form = await readForm(req);
    const username = form.get("username")?.trim() ?? "";
    const user = userById(username);
    if (!user || user.password !== form.get("password")) {
      return showLoginPage(res, interaction, { username, error: "Wrong username or password." });
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.id } },
      { mergeWithLastSubmission: false },
    );
  }

  async function submitConsent(
    req: IncomingMessage,
    res: ServerResponse,
    interaction: Interaction,
  ): Promise<void> {
    const decision = (await readForm(req)).get("decision");
    if (decision === "deny") {
      await provider.interactionFinished(req, res, denied, { mergeWithLastSubmission: false });
    } else if (decision === "allow") {
      const grantId = await grantConsent(interaction);
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    } else {
      sendHtml(res, 400, messagePage("Bad request", 'Expected decision "allow" or "deny".'));
    }
  }

  /** Handles GET /interaction/:uid, POST /interaction/:uid/login and POST /interaction/:uid/consent. */
  return async function handleInteraction(req: IncomingMessage, res: ServerResponse, pathname: string) {
    const [, , uid = "", action = ""] = pathname.split("/");
    try {
      // oidc-provider finds the interaction through its own `_interaction` cookie, not the URL.
      const interaction = await provider.interactionDetails(req, res);
      if (interaction.uid !== uid) {
        sendHtml(
          res,
          400,
          messagePage("Out of date", "This page belongs to an older sign-in. Start again from the app."),
        );
      } else if (req.method === "GET" && action === "") {
        await show(req, res, interaction);
      } else if (req.method === "POST" && action === "login" && interaction.prompt.name === "login") {
        await submitLogin(req, res, interaction);
      } else if (req.method === "POST" && action === "consent" && interaction.prompt.name === "consent") {
        await submitConsent(req, res, interaction);
      } else if (req.method === "POST") {
        // A form for another step (e.g. a double submit): go back to the current page.
        res.writeHead(303, { location: `/interaction/${uid}` }).end();
      } else {
        sendHtml(res, 404, messagePage("Not found", "No such page."));
      }
    } catch (error) {
      if (error instanceof errors.SessionNotFound) {
        sendHtml(
          res,
          400,
          messagePage(
            "Sign-in expired",
            "This sign-in has expired or was finished. Start again from the app.",
          ),
        );
      } else {
        sendHtml(
          res,
          500,
          messagePage("Something went wrong", error instanceof Error ? error.message : String(error)),
        );
      }
    }
  };
}
