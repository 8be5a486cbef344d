// The one shape every staff form's action returns (see STYLE.md "Forms and actions").

export interface FormState<Values = Record<string, unknown>> {
  /** The first message for each field, keyed by field name ("email", "participants.0.side"). */
  errors?: Record<string, string>;
  /** A message about the whole form: a refusal, or what was done. */
  message?: string;
  /** Whether `message` reports success (for styling and announcing it). */
  ok?: boolean;
  /** What was submitted, so a refused form shows it again. Never holds a password. */
  values?: Values;
  /** Which of a page's forms this answers, for a page with several (see lib/actions/form-reply.ts). */
  form?: string;
}

/** What a content form shows when another editor saved first (see lib/content/working-copies.ts). */
export interface ConflictState {
  by: string;
  at: string;
  changes: { field: string; before: string; after: string }[];
}

export interface DocumentFormState extends FormState {
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
