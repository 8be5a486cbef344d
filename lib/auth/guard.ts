// Access checks. Pages call requireUser()/requireRole() themselves (a layout is not a
// security check); server actions call authorize() and return its refusal as form state.
import "server-only";
import { redirect } from "next/navigation";
import type { Role } from "../generated/prisma/enums";
import { checkActor, hasRole, type AuthResult } from "./roles";
import { SIGN_IN_PATH } from "./return-path";
import { getCurrentUser, renewSessionCookie, type SessionUser } from "./session";

export { SIGN_IN_PATH, safeReturnPath } from "./return-path";

function signInUrl(returnTo?: string) {
  return returnTo ? `${SIGN_IN_PATH}?next=${encodeURIComponent(returnTo)}` : SIGN_IN_PATH;
}

/** The signed-in user, or a redirect to the sign-in page (coming back to `returnTo` after). */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInUrl(returnTo));
  return user;
}

/** As requireUser, and a user without the role is sent to the dashboard, which says why. */
export async function requireRole(role: Role, returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user, role)) redirect("/admin?denied=1");
  return user;
}

/** For server actions: the user, or why not, as a value (never a redirect mid-action). */
export async function authorize(role?: Role): Promise<AuthResult> {
  const result = checkActor(await getCurrentUser(), role);
  if (result.ok) await renewSessionCookie();
  return result;
}
