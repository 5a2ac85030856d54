// A route handler: the handles from the Request, the API call, and the cookies the handles changed.
import { dance } from "../../lib/dance";

export async function GET(request: Request): Promise<Response> {
  const { oauth, cookies } = dance().handles(request);
  const headers = new Headers({ "content-type": "application/json" });
  const id = oauth.id;
  const status = id ? await id.status() : "anonymous";
  const body =
    id && status === "authorized" ? await id.api.get("me").json() : { status, login: id?.loginUrl };
  for (const cookie of cookies()) headers.append("set-cookie", cookie);
  return new Response(JSON.stringify(body), { status: status === "authorized" ? 200 : 401, headers });
}
