// The dance's routes: /login/<provider> and /login/<provider>/authorized (GET, and POST for form_post callbacks).
import { dance } from "../../../lib/dance";

async function serve(request: Request): Promise<Response> {
  return (await dance().fetch(request)) ?? new Response("Not found", { status: 404 });
}

export { serve as GET, serve as POST };
