"use server";
// Staff accounts, admins only. The checks and writes are in lib/auth/user-admin.ts, which
// takes the actor explicitly; staffAction refuses anyone else before parsing.
import { revalidatePath } from "next/cache";
import { changeRoleAs, createUserAs, disableUserAs, enableUserAs } from "../auth/user-admin";
import { db } from "../db";
import { ChangeRoleInput, CreateUserInput, UserIdInput } from "../schemas/auth";
import type { FormState } from "../schemas/form-state";
import { staffAction } from "./safe-action";

const USERS_PATH = "/admin/users";

function refreshed(state: FormState): FormState {
  if (state.ok) revalidatePath(USERS_PATH);
  return state;
}

export const createUser = staffAction(
  CreateUserInput,
  "ADMIN",
  { page: USERS_PATH, form: "create-user" },
  async (input, { user, ip }) => refreshed(await createUserAs(db, user, input, ip)),
);

export const disableUser = staffAction(
  UserIdInput,
  "ADMIN",
  { page: USERS_PATH, form: "user-row" },
  async ({ userId }, { user, ip }) => refreshed(await disableUserAs(db, user, userId, ip)),
);

export const enableUser = staffAction(
  UserIdInput,
  "ADMIN",
  { page: USERS_PATH, form: "user-row" },
  async ({ userId }, { user, ip }) => refreshed(await enableUserAs(db, user, userId, ip)),
);

export const changeRole = staffAction(
  ChangeRoleInput,
  "ADMIN",
  { page: USERS_PATH, form: "user-row" },
  async ({ userId, role }, { user, ip }) =>
    refreshed(await changeRoleAs(db, user, userId, role, ip)),
);
