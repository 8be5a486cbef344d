import { z } from "zod";
import { Commitment, FollowUp, OutcomeSide } from "../generated/prisma/enums";
import { queryInt, querySlug } from "./query-string";

/**
 * The commitments page's filters (`/{locale}/commitments?province=nghe-an&commitment=PLEDGED`),
 * shared with its downloads: every outcome of every meeting, narrowed by the place concerned,
 * the kind of commitment, the side that made it, its follow-up status and the meeting's year.
 */
export const CommitmentFilter = z.strictObject({
  province: querySlug.optional(),
  partner: querySlug.optional(),
  commitment: z.enum(Commitment).optional(),
  side: z.enum(OutcomeSide).optional().meta({ description: "Who proposed, agreed or pledged it." }),
  status: z.enum(FollowUp).optional().meta({ description: "Follow-up status." }),
  year: queryInt(1945, 2100).optional(),
});
export type CommitmentFilter = z.output<typeof CommitmentFilter>;
