import type { FieldChange } from "@/lib/content/diff";

export interface ConflictView {
  by: string;
  at: string;
  changes: FieldChange[];
}

/** The form's message, announced politely, and what another editor changed on a conflict. */
export function FormStatus({ message, conflict }: { message?: string; conflict?: ConflictView }) {
  if (!message && !conflict) return <div role="status" aria-live="polite" />;
  return (
    <div role="status" aria-live="polite" className={`rounded border p-4 text-sm ${conflict ? "border-amber-400 bg-amber-50" : "border-red-300 bg-red-50"}`}>
      {message ? <p className="font-medium">{message}</p> : null}
      {conflict ? (
        <div className="mt-2">
          <p>
            {conflict.by} saved this record at {conflict.at} after you opened it. Your changes were not saved; they are still in
            the form below. Their changes:
          </p>
          <ul className="mt-2 list-disc pl-5">
            {conflict.changes.length === 0 ? <li>No field differs (they saved the same content).</li> : null}
            {conflict.changes.map((c) => (
              <li key={c.field}>
                <strong>{c.field}</strong>: “{c.before}” → “{c.after}”
              </li>
            ))}
          </ul>
          <p className="mt-2">Reload the page to start from their version, then apply your changes again.</p>
        </div>
      ) : null}
    </div>
  );
}
