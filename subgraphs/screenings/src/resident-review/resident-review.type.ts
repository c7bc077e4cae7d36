import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionOf } from "@pasrr/graphql-kit/pagination";
import { DateScalar } from "@pasrr/graphql-kit/scalars";
import { ResidentReviewReason } from "../enums.type.ts";

export enum ResidentEvent {
  ADMITTED = "ADMITTED",
  TRANSFERRED_IN = "TRANSFERRED_IN",
  READMITTED_FROM_HOSPITAL = "READMITTED_FROM_HOSPITAL",
  READMITTED_FROM_PSYCHIATRIC_HOSPITAL = "READMITTED_FROM_PSYCHIATRIC_HOSPITAL",
  DISCHARGED = "DISCHARGED",
  SIGNIFICANT_CHANGE = "SIGNIFICANT_CHANGE",
  TRANSFERRED_IN_WITHOUT_PASRR_RECORDS = "TRANSFERRED_IN_WITHOUT_PASRR_RECORDS",
  DELIRIUM_CLEARED = "DELIRIUM_CLEARED",
}
registerEnumType(ResidentEvent, {
  name: "ResidentEvent",
  description: "A census fact about a nursing-facility resident that may start a Resident Review clock.",
  valuesConfig: {
    ADMITTED: {
      description:
        "Admitted to the NF (not from another NF): starts the clock of a time-limited exemption, categorical or Level II approval; a PAS already used by an earlier admission makes a review due at once (OH guide), unless the state readmits after a short absence without one (IL IV.H.3); a Level I dated after the admission, or a Level II still open, is a finding (MN bulletin; CO 8.401.183 C).",
    },
    TRANSFERRED_IN: {
      description:
        "Arrived by transfer from another NF: the PAS and its open clocks follow the person (moved from `fromFacilityId`); with no Level I on file (merged records included) a review is due at once (OH guide).",
    },
    READMITTED_FROM_HOSPITAL: {
      description:
        "Admitted from a hospital the person went to on discharge from a NF: not a new admission for the PAS, which still holds (OH guide); starts no clock, and the clocks the discharge to hospital ended resume with their due days (OH guide: days out at the hospital count towards the tally of 7 or 14 days).",
    },
    READMITTED_FROM_PSYCHIATRIC_HOSPITAL: {
      description:
        'As READMITTED_FROM_HOSPITAL, from a psychiatric hospital or unit: where the state has the rule, the status change is due (CT: "the NF has 14 days to submit for the status change").',
    },
    DISCHARGED: { description: "Left the NF (discharge or death): ends the open clocks of the stay, so they never fall overdue." },
    SIGNIFICANT_CHANGE: { description: "A significant change in condition (review within 14 days, CT)." },
    TRANSFERRED_IN_WITHOUT_PASRR_RECORDS: { description: "Transferred from another NF with no PASRR records (OH guide)." },
    DELIRIUM_CLEARED: {
      description:
        "The delirium behind a provisional DELIRIUM categorical has cleared: the review is due that day, or earlier where the state sets an outer limit (MN bulletin, Delirium; IL manual IV.H: Level II by day 40).",
    },
  },
});

@ObjectType({ description: "A Resident Review due for a nursing-facility resident (domain README, step 4)." })
export class ResidentReview {
  @Field(() => ID, { description: "The hub's id of this review." })
  id!: string;
  individualId!: string;
  @Field(() => ID, { description: "The nursing facility where the person resides." })
  facilityId!: string;
  @Field(() => ResidentReviewReason, { description: "Why the review is due." })
  reason!: ResidentReviewReason;
  @Field(() => DateScalar, { description: "The date of the census fact that started the clock." })
  triggeredOn!: Date;
  @Field(() => DateScalar, { description: "The last day for the review." })
  dueOn!: Date;
  @Field(() => DateScalar, { nullable: true, description: "The date a Level I screen completed the review; null while open." })
  completedOn!: Date | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The day the resident left the facility before the review was done; the clock no longer runs. Null while it does.",
  })
  endedOn!: Date | null;
  @Field(() => String, { description: "The policy value and seed that set the due date." })
  source!: string;
}

export const ResidentReviewConnection = connectionOf(ResidentReview, "ResidentReview", "Resident Review");
