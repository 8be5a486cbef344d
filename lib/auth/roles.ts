// Who may do what. Admins can do everything editors can.
import type { Role } from "../generated/prisma/enums";
import type { SessionUser } from "./session-store";

const rank: Record<Role, number> = { EDITOR: 1, ADMIN: 2 };

export function hasRole(user: Pick<SessionUser, "role">, role: Role): boolean {
  return rank[user.role] >= rank[role];
}

export type AuthResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "signed-out" | "forbidden"; message: string };

/** The decision for an actor that may be missing (no session) or lack the role. */
export function checkActor(actor: SessionUser | null, role: Role = "EDITOR"): AuthResult {
  if (!actor)
    return {
      ok: false,
      reason: "signed-out",
      message: "Your session has ended. Sign in again to continue.",
    };
  if (!hasRole(actor, role))
    return { ok: false, reason: "forbidden", message: "Your account is not allowed to do this." };
  return { ok: true, user: actor };
}
