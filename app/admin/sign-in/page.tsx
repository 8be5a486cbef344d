import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/admin/sign-in-form";
import { signIn } from "@/lib/actions/auth";
import { safeReturnPath } from "@/lib/auth/guard";
import { getCurrentUser } from "@/lib/auth/session";
import { throttledMessage } from "@/lib/auth/throttle";

export const metadata: Metadata = { title: "Sign in" };

/** The message for a refused sign-in posted without JavaScript (see lib/actions/auth.ts). */
function refusal(error: unknown): string | undefined {
  if (error === "incorrect") return "Email or password is incorrect";
  if (error === "missing") return "Enter your email address and password.";
  const throttled = typeof error === "string" ? /^throttled-(\d{1,2})$/.exec(error) : null;
  return throttled ? throttledMessage(Number(throttled[1]) * 60_000) : undefined;
}

export default async function SignInPage({ searchParams }: PageProps<"/admin/sign-in">) {
  const { next, error } = await searchParams;
  const returnTo = safeReturnPath(Array.isArray(next) ? next[0] : next);
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-semibold">Staff sign-in</h1>
      <p className="mt-2 text-sm text-slate-600">
        For editors and administrators of the partnership portal.
      </p>
      <div className="mt-6 rounded border border-slate-200 bg-white p-6 shadow-sm">
        {user ? (
          // Said rather than redirected, so it works without JavaScript too.
          <p className="text-sm">
            You are signed in as {user.email}. <Link href={returnTo}>Continue</Link>
          </p>
        ) : (
          <SignInForm action={signIn} next={returnTo} refusal={refusal(error)} />
        )}
      </div>
      <p className="mt-4 text-xs text-slate-600">
        No account yet? An administrator creates staff accounts.
      </p>
    </div>
  );
}
