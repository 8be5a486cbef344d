import { z } from "zod";
import { Id, MAX_ID, blankToUndefined } from "./common";

const optionalId = z.preprocess(blankToUndefined, Id.optional());

/**
 * Which record a staff form is about and the version it was opened at, posted as hidden
 * fields ("ref.workingCopyId", "ref.entityId", "ref.version": components/admin/document-ref-inputs.tsx).
 * A draft's working copy, a published record without one, or neither (a new record).
 */
export const DocumentRefs = z.object({
  workingCopyId: optionalId.transform((id) => id ?? null),
  entityId: optionalId.transform((id) => id ?? null),
  version: z.preprocess(
    (value) => (value === undefined || value === "" ? 0 : typeof value === "string" && /^\d{1,10}$/.test(value) ? Number(value) : value),
    z.number().int().min(0).max(MAX_ID),
  ),
});
export type DocumentRefs = z.infer<typeof DocumentRefs>;

/** What a record's buttons post (publish, restore a revision, delete). */
export const DocumentButtonInput = z.object({
  ref: DocumentRefs.default({ workingCopyId: null, entityId: null, version: 0 }),
  revisionId: optionalId,
});

/** ?history=N on a record's page: the page of its revisions to show (the first if malformed). */
export const historyPage = (raw: unknown) => z.coerce.number().int().min(1).max(100_000).catch(1).parse(Array.isArray(raw) ? raw[0] : raw);
