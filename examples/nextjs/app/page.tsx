// A server component reads the handles; a server action logs out (it may change cookies, a render may not).
import { redirect } from "next/navigation";
import { currentHandles } from "../lib/dance";

export const dynamic = "force-dynamic";

async function logout() {
  "use server";
  const { oauth, commit } = await currentHandles();
  await oauth.id?.logout();
  await commit();
  redirect("/");
}

export default async function Home() {
  const { oauth } = await currentHandles();
  const id = oauth.id;
  if (!id) return <p>No provider configured.</p>;
  const status = await id.status();
  if (status !== "authorized") {
    const failure = status === "failed" ? <p id="failed">That login did not work. Try again?</p> : null;
    return (
      <main>
        {failure}
        <a id="login" href={id.loginUrl}>
          Log in
        </a>
      </main>
    );
  }
  const profile = await id.profile();
  return (
    <main>
      <p id="hello">Hello, {profile.name ?? profile.id}</p>
      <form action={logout}>
        <button id="logout" type="submit">
          Log out
        </button>
      </form>
    </main>
  );
}
