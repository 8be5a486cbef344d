// Managing staff accounts. Each function takes the acting user explicitly (null: nobody
// signed in), checks the role first, and writes the change and its audit event in one
// transaction. The 'use server' actions in lib/actions/users.ts only supply the actor.
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import type { Database } from "../prisma-client";
import type { CreateUserInput } from "../schemas/auth";
import type { FormState } from "../schemas/form-state";
import { recordAudit, userSubject } from "./audit";
import { hashPassword } from "./password";
import { checkActor } from "./roles";
import { deleteAllSessions, type SessionUser } from "./session-store";

type Tx = Prisma.TransactionClient;

/** Inserts an account (also used by `npm run user:create`); null when the email is taken. */
export async function insertUser(tx: Tx, input: CreateUserInput) {
  const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) return null;
  const passwordHash = await hashPassword(input.password);
  return tx.user.create({
    data: { email: input.email, name: input.name ?? null, role: input.role, passwordHash },
    select: { id: true, email: true, role: true },
  });
}

export async function createUserAs(
  db: Database,
  actor: SessionUser | null,
  input: CreateUserInput,
  ip: string | null,
): Promise<FormState> {
  const auth = checkActor(actor, "ADMIN");
  if (!auth.ok) return { message: auth.message };
  const created = await db
    .$transaction(async (tx) => {
      const user = await insertUser(tx, input);
      if (user)
        await recordAudit(tx, {
          action: "user-created",
          actorId: auth.user.id,
          subject: userSubject(user),
          ip,
          detail: { role: user.role },
        });
      return user;
    })
    .catch((error: unknown) => {
      // Another admin created the same email a moment earlier.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        return null;
      throw error;
    });
  if (!created) return { errors: { email: "An account with this email already exists" } };
  return { ok: true, message: `Account created for ${created.email}.` };
}

/**
 * Locks the active admins' rows, so two admins demoting or disabling each other at the
 * same moment cannot leave the portal without one.
 */
async function isLastActiveAdmin(tx: Tx, userId: number): Promise<boolean> {
  const admins = await tx.$queryRaw<
    { id: number }[]
  >`SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL FOR UPDATE`;
  return admins.length === 1 && admins[0].id === userId;
}

type Change = { kind: "disable" } | { kind: "enable" } | { kind: "role"; role: Role };

async function changeUser(
  db: Database,
  actor: SessionUser | null,
  userId: number,
  change: Change,
  ip: string | null,
): Promise<FormState> {
  const auth = checkActor(actor, "ADMIN");
  if (!auth.ok) return { message: auth.message };
  if (userId === auth.user.id && change.kind !== "enable") {
    return {
      message: "You cannot disable your own account or change your own role. Ask another admin.",
    };
  }
  return db.$transaction(async (tx): Promise<FormState> => {
    const target = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, role: true, disabledAt: true },
    });
    if (!target) return { message: "That account no longer exists." };
    const demotes =
      change.kind === "disable" || (change.kind === "role" && change.role !== "ADMIN");
    if (
      demotes &&
      target.role === "ADMIN" &&
      !target.disabledAt &&
      (await isLastActiveAdmin(tx, target.id))
    ) {
      return { message: "This is the last active admin account; make another admin first." };
    }
    const subject = userSubject(target);
    if (change.kind === "disable") {
      if (target.disabledAt) return { ok: true, message: `${target.email} is already disabled.` };
      await tx.user.update({ where: { id: target.id }, data: { disabledAt: new Date() } });
      const ended = await deleteAllSessions(tx, target.id);
      await recordAudit(tx, {
        action: "user-disabled",
        actorId: auth.user.id,
        subject,
        ip,
        detail: { sessionsEnded: ended },
      });
      return { ok: true, message: `${target.email} is disabled and signed out everywhere.` };
    }
    if (change.kind === "enable") {
      if (!target.disabledAt) return { ok: true, message: `${target.email} is already active.` };
      await tx.user.update({ where: { id: target.id }, data: { disabledAt: null } });
      await recordAudit(tx, { action: "user-enabled", actorId: auth.user.id, subject, ip });
      return { ok: true, message: `${target.email} can sign in again.` };
    }
    if (target.role === change.role)
      return { ok: true, message: `${target.email} is already ${change.role.toLowerCase()}.` };
    await tx.user.update({ where: { id: target.id }, data: { role: change.role } });
    // Sessions look the role up on every request, so the change applies at once.
    await recordAudit(tx, {
      action: "role-changed",
      actorId: auth.user.id,
      subject,
      ip,
      detail: { from: target.role, to: change.role },
    });
    return {
      ok: true,
      message: `${target.email} is now ${change.role === "ADMIN" ? "an admin" : "an editor"}.`,
    };
  });
}

export const disableUserAs = (
  db: Database,
  actor: SessionUser | null,
  userId: number,
  ip: string | null,
) => changeUser(db, actor, userId, { kind: "disable" }, ip);
export const enableUserAs = (
  db: Database,
  actor: SessionUser | null,
  userId: number,
  ip: string | null,
) => changeUser(db, actor, userId, { kind: "enable" }, ip);
export const changeRoleAs = (
  db: Database,
  actor: SessionUser | null,
  userId: number,
  role: Role,
  ip: string | null,
) => changeUser(db, actor, userId, { kind: "role", role }, ip);
