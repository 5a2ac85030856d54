// Which dance route, if any, a path is: `{prefix}/{provider}` (login) or `{prefix}/{provider}/authorized` (callback).

export interface DanceRoute {
  provider: string;
  step: "login" | "callback";
}

export function matchRoute(
  prefix: string,
  pathname: string,
  providers: ReadonlySet<string>,
): DanceRoute | undefined {
  if (!pathname.startsWith(`${prefix}/`)) return undefined;
  const rest = pathname.slice(prefix.length + 1);
  const slash = rest.indexOf("/");
  const provider = slash === -1 ? rest : rest.slice(0, slash);
  if (!providers.has(provider)) return undefined;
  if (slash === -1) return { provider, step: "login" };
  return rest.slice(slash) === "/authorized" ? { provider, step: "callback" } : undefined;
}
