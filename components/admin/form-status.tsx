import type { FieldChange } from "@/lib/content/diff";

export interface ConflictView {
  by: string;
  at: string;
  changes: FieldChange[];
}

const tone = (ok?: boolean, conflict?: ConflictView) =>
  conflict
    ? "border-amber-400 bg-amber-50"
    : ok
      ? "border-green-300 bg-green-50 text-green-900"
      : "border-red-300 bg-red-50 text-red-900";

/**
 * The form's message (a refusal in red, a success in green), announced politely, and what
 * another editor changed on a conflict. Always present, so a new message is announced.
 */
export function FormStatus({
  message,
  ok,
  conflict,
}: {
  message?: string;
  ok?: boolean;
  conflict?: ConflictView;
}) {
  if (!message && !conflict) return <div role="status" aria-live="polite" />;
  return (
    <div
      role="status"
      aria-live="polite"
      className={`rounded border px-3 py-2 text-sm ${tone(ok, conflict)}`}
    >
      {message ? <p className={conflict ? "font-medium" : undefined}>{message}</p> : null}
      {conflict ? (
        <div className="mt-2">
          <p>
            {conflict.by} saved this record at {conflict.at} after you opened it. Your changes were
            not saved; they are still in the form below. Their changes:
          </p>
          <ul className="mt-2 list-disc pl-5">
            {conflict.changes.length === 0 ? (
              <li>No field differs (they saved the same content).</li>
            ) : null}
            {conflict.changes.map((c) => (
              <li key={c.field}>
                <strong>{c.field}</strong>: “{c.before}” → “{c.after}”
              </li>
            ))}
          </ul>
          <p className="mt-2">
            Reload the page to start from their version, then apply your changes again.
          </p>
        </div>
      ) : null}
    </div>
  );
}
