import type { DocumentRefs } from "./forms/document-form";

/**
 * Which record and which version a staff form posts about; lib/actions/content.ts reads them back.
 * The version is what the conflict check compares, so every form that changes a record sends it.
 */
export function DocumentRefInputs({ refs }: { refs: Partial<DocumentRefs> }) {
  return (
    <>
      {"workingCopyId" in refs ? (
        <input type="hidden" name="ref.workingCopyId" value={refs.workingCopyId ?? ""} />
      ) : null}
      {"entityId" in refs ? (
        <input type="hidden" name="ref.entityId" value={refs.entityId ?? ""} />
      ) : null}
      {"version" in refs ? <input type="hidden" name="ref.version" value={refs.version} /> : null}
    </>
  );
}
