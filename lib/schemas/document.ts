import { z } from "zod";
import { Id, MAX_ID, blankToUndefined, routeId } from "./common";

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
    (value) =>
      value === undefined || value === ""
        ? 0
        : typeof value === "string" && /^\d{1,10}$/.test(value)
          ? Number(value)
          : value,
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
export const historyPage = (raw: unknown) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(Array.isArray(raw) ? raw[0] : raw);

/** ?translation=missing-vi (missing-ja, outdated-vi, outdated-ja) on a staff list: records with that gap; anything else shows all. */
export const translationGapValues = [
  "missing-vi",
  "missing-ja",
  "outdated-vi",
  "outdated-ja",
] as const;
export type TranslationGapValue = (typeof translationGapValues)[number];

export function translationGap(
  raw: unknown,
): { gap: "missing" | "outdated"; lang: "vi" | "ja"; value: TranslationGapValue } | undefined {
  const parsed = z.enum(translationGapValues).safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) return undefined;
  const [gap, lang] = parsed.data.split("-") as ["missing" | "outdated", "vi" | "ja"];
  return { gap, lang, value: parsed.data };
}

const recordPage = /^\/admin\/[^/]+\/([^/]+)$/;

/**
 * Whether a staff address names a record by an id that cannot exist: /admin/people/1e10,
 * /admin/people/new?entity=-1, /admin/people/delete?copy=abc. proxy.ts answers these with a
 * 404 before rendering (a staff page has already sent its status when it finds out); the
 * pages check the same ids again with the same schema.
 */
export function isMalformedRecordAddress(url: URL): boolean {
  const segment = recordPage.exec(url.pathname)?.[1];
  if (!segment) return false;
  const malformed = (name: string) =>
    url.searchParams.getAll(name).some((value) => routeId(value) === null);
  if (segment === "new") return malformed("entity");
  if (segment === "delete") return malformed("entity") || malformed("copy");
  return routeId(segment) === null;
}
