// The one shape every staff form's action returns (see STYLE.md "Forms and actions").
import { z } from "zod";

export interface FormState<Values = Record<string, unknown>> {
  /** The first message for each field, keyed by field name ("email", "participants.0.side"). */
  errors?: Record<string, string>;
  /** A message about the whole form: a refusal, or what was done. */
  message?: string;
  /** Whether `message` reports success (for styling and announcing it). */
  ok?: boolean;
  /** What was submitted, so a refused form shows it again. Never holds a password. */
  values?: Values;
}

/** What the meeting form shows when another editor saved first (see lib/content/working-copies.ts). */
export interface ConflictState {
  by: string;
  at: string;
  changes: { field: string; before: string; after: string }[];
}

export interface MeetingFormState extends FormState {
  conflict?: ConflictState;
  /** The version a refused save was based on: the form keeps it, so saving again is refused too. */
  refs?: { workingCopyId: number | null; entityId: number | null; version: number };
}

// Any field whose name mentions a password or a secret is left out of echoed values.
const secret = /password|secret|token/i;

/** The submitted values minus anything secret, for returning with a refused form. */
export function safeValues(form: FormData | Record<string, unknown>): Record<string, unknown> {
  const entries = form instanceof FormData ? [...form.entries()] : Object.entries(form);
  const values: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (secret.test(name) || name.startsWith("$") || typeof value !== "string") continue;
    values[name] = value;
  }
  return values;
}

/** Zod 4 errors as one message per field (the first), with form-level issues under "_form". */
export function errorsOf(error: z.ZodError): Record<string, string> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const errors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.[0]) errors[field] = messages[0];
  }
  if (formErrors[0]) errors._form = formErrors[0];
  return errors;
}
