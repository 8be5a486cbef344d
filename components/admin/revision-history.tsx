import Link from "next/link";
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
  /** False for a publish row whose version was also saved (restore the save instead). */
  restorable: boolean;
}

const actionLabel: Record<string, string> = {
  SAVE: "Saved",
  PUBLISH: "Published",
  RESTORE: "Restored an earlier revision",
  DELETE: "Deleted",
};

interface HistoryProps {
  history: { revisions: RevisionRow[]; page: number; pages: number };
  restore: (form: FormData) => Promise<void>;
  refs: { workingCopyId: number; version: number };
  pageHref: (page: number) => string;
}

/** Who changed what and when, a page at a time, with a restore button for every earlier revision. */
export function RevisionHistory({
  history: { revisions, page, pages },
  restore,
  refs,
  pageHref,
}: HistoryProps) {
  const restorable = (r: RevisionRow) => r.version !== refs.version && r.restorable;
  return (
    <>
      <ol className="space-y-3">
        {revisions.map((r) => (
          <li key={r.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                <strong>Version {r.version}</strong> · {actionLabel[r.action]} by{" "}
                {r.author.name ?? r.author.email} · <UtcTime date={r.createdAt} />
              </p>
              {restorable(r) ? (
                <form action={restore}>
                  <DocumentRefInputs refs={refs} />
                  <input type="hidden" name="revisionId" value={r.id} />
                  <button
                    type="submit"
                    className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100"
                  >
                    Restore version {r.version}
                  </button>
                </form>
              ) : null}
            </div>
            {r.changes.length > 0 && r.action !== "PUBLISH" ? (
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-brand-700">
                  {r.changes.length} field changes
                </summary>
                <ul className="mt-1 list-disc pl-5 text-xs">
                  {r.changes.map((c) => (
                    <li key={c.field}>
                      <strong>{c.field}</strong>: “{c.before}” → “{c.after}”
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label="History pages" className="flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Newer</Link> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={pageHref(page + 1)}>Older →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
