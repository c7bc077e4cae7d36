import { z } from "zod";
import { reason, recordId } from "../individuals.validation.ts";

/** A reviewer's decision: SAME_PERSON names the candidate; both say why. */
export const decisionSchema = z.object({
  reviewId: recordId,
  decision: z.discriminatedUnion("outcome", [
    z.object({ outcome: z.literal("SAME_PERSON"), candidateId: recordId, reason }),
    z.object({ outcome: z.literal("NOT_SAME_PERSON"), reason }),
  ]),
});
