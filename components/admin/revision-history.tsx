import type { FieldChange } from "@/lib/content/diff";
import { DocumentRefInputs } from "./document-ref-inputs";
import { UtcTime } from "./utc-time";

interface RevisionRow {
  id: number;
  version: number;
  action: string;
  createdAt: Date;
  author: { email: string; name: string | null };
  changes: FieldChange[];
}

const actionLabel: Record<string, string> = { SAVE: "Saved", PUBLISH: "Published", RESTORE: "Restored an earlier revision", DELETE: "Deleted" };

/** Who changed what and when, with a restore button for every earlier revision. */
export function RevisionHistory({ revisions, restore, refs }: { revisions: RevisionRow[]; restore: (form: FormData) => Promise<void>; refs: { workingCopyId: number; version: number } }) {
  // A publish row repeats the save of its version, except the first edit of a published record,
  // whose version 1 exists only as published: that one must be restorable too.
  const saved = new Set(revisions.filter((r) => r.action !== "PUBLISH").map((r) => r.version));
  const restorable = (r: RevisionRow) => r.version !== refs.version && (r.action !== "PUBLISH" || !saved.has(r.version));
  return (
    <ol className="space-y-3">
      {revisions.map((r) => (
        <li key={r.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p>
              <strong>Version {r.version}</strong> · {actionLabel[r.action]} by {r.author.name ?? r.author.email} ·{" "}
              <UtcTime date={r.createdAt} />
            </p>
            {restorable(r) ? (
              <form action={restore}>
                <DocumentRefInputs refs={refs} />
                <input type="hidden" name="revisionId" value={r.id} />
                <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100">
                  Restore version {r.version}
                </button>
              </form>
            ) : null}
          </div>
          {r.changes.length > 0 && r.action !== "PUBLISH" ? (
            <details className="mt-1">
              <summary className="cursor-pointer text-xs text-brand-700">{r.changes.length} field changes</summary>
              <ul className="mt-1 list-disc pl-5 text-xs">
                {r.changes.map((c) => (
                  <li key={c.field}><strong>{c.field}</strong>: “{c.before}” → “{c.after}”</li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
