import { useTranslations } from "next-intl";
import type { CommitmentRecord } from "@/lib/data/commitments";
import { FollowUp } from "@/lib/generated/prisma/enums";

/** How many outcomes match, and how many of them stand at each follow-up status. */
export function CommitmentSummary({ records }: { records: CommitmentRecord[] }) {
  const t = useTranslations();
  const counts = Object.values(FollowUp)
    .map((status) => ({ status, count: records.filter((r) => r.followUp === status).length }))
    .filter((c) => c.count > 0);
  return (
    <div role="status" className="my-4">
      <p className="text-sm font-medium text-slate-800">
        {t("commitments.count", { count: records.length })}
      </p>
      {counts.length > 0 ? (
        <dl className="mt-2 flex flex-wrap gap-2 text-xs">
          {counts.map(({ status, count }) => (
            <div
              key={status}
              className="flex gap-1 rounded border border-slate-200 bg-white px-2 py-1"
            >
              <dt className="text-slate-700">{t(`followUp.${status}`)}</dt>
              <dd className="font-semibold tabular-nums text-slate-900">{count}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
