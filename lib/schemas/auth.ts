// Staff account forms. The blocklist check reads a file, so these schemas run on the
// server (actions, the CLI); the browser only posts the form.
import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import { PASSWORD_MAX, PASSWORD_MIN, isCommonPassword, passwordLength } from "../auth/password";
import { Id } from "./common";

export const Email = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter an email address" })
  .max(254, { error: "That email address is too long" })
  .pipe(z.email({ error: "Enter an email address like name@example.org" }));

/**
 * A new password: length is the only rule (no "one digit, one symbol"), any characters
 * including spaces, and not one of the common passwords attackers try first.
 */
export const PasswordInput = z
  .string({ error: "Enter a password" })
  .refine((p) => passwordLength(p) >= PASSWORD_MIN, {
    error: `Use at least ${PASSWORD_MIN} characters`,
    abort: true,
  })
  .refine((p) => passwordLength(p) <= PASSWORD_MAX, {
    error: `Use at most ${PASSWORD_MAX} characters`,
    abort: true,
  })
  .refine((p) => !isCommonPassword(p), {
    error:
      "This password is on a list of common passwords that attackers try first. Choose another (a few unrelated words work well).",
  });

export const SignInInput = z.object({
  email: Email,
  // Existing passwords are not re-checked against today's rules here; only bounded.
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(1024, { error: "Email or password is incorrect" }),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, { error: "Enter your current password" })
      .max(1024),
    newPassword: PasswordInput,
    confirmPassword: z.string({ error: "Enter the new password again" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two new passwords do not match",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    error: "Choose a password different from the current one",
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const RoleInput = z.enum(Role, { error: "Choose Editor or Admin" });

export const CreateUserInput = z
  .object({
    email: Email,
    name: z.preprocess(
      blankToUndefined,
      z.string().trim().max(120, { error: "Keep the name under 120 characters" }).optional(),
    ),
    role: RoleInput,
    password: PasswordInput,
  })
  .refine((v) => v.password.trim().toLowerCase() !== v.email, {
    path: ["password"],
    error: "The password must not be the email address",
  });
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UserIdInput = z.object({ userId: Id });
export const ChangeRoleInput = z.object({ userId: Id, role: RoleInput });
