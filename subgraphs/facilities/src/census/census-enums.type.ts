import { registerEnumType } from "type-graphql";
import { AdmissionSource, CensusEventKind, DischargeDestination, Payer, StayEndReason } from "../generated/prisma/enums.ts";

registerEnumType(CensusEventKind, {
  name: "CensusEventKind",
  description: "What a census event reports.",
  valuesConfig: {
    ADMISSION: { description: "The person arrived and was admitted (never before they arrive: CT PathTracker)." },
    TRANSFER_OUT: { description: "The person moved to another nursing facility; closes this stay and opens the next there, linked." },
    HOSPITAL_LEAVE: { description: "The person went to hospital while the facility holds the bed (bed-hold)." },
    LEAVE_OF_ABSENCE: { description: "The person is away on a therapeutic leave or leave of absence." },
    RETURN: { description: "The person came back from a hospital leave or leave of absence." },
    DISCHARGE: { description: "The person left the facility (with a destination)." },
    DEATH: { description: "The person died; nothing may be recorded after it." },
    PAYER_CHANGE: { description: "Who pays for the stay changed from this day." },
    CORRECTION: { description: "Restates an earlier event as it should have read, or voids it as entered in error." },
  },
});

registerEnumType(AdmissionSource, {
  name: "AdmissionSource",
  description: "Where an admitted person came from.",
  valuesConfig: {
    HOSPITAL_INPATIENT: { description: "A hospital inpatient stay." },
    HOSPITAL_EMERGENCY_OR_OBSERVATION: { description: "A hospital emergency department or observation stay (not inpatient)." },
    PSYCHIATRIC_UNIT: { description: "A psychiatric hospital or a hospital's psychiatric unit." },
    COMMUNITY: { description: "Home, assisted living or another community setting." },
    ANOTHER_NURSING_FACILITY: { description: "Another nursing facility." },
    OUT_OF_STATE: { description: "Any setting in another state." },
  },
});

registerEnumType(Payer, {
  name: "Payer",
  description: "Who pays for a stay's days.",
  valuesConfig: {
    MEDICARE_PART_A: { description: "Medicare Part A (skilled days)." },
    MEDICAID: { description: "Medicaid pays in full." },
    MEDICAID_COPAY: { description: "Medicaid is only a co-payer (OH COA guide: no LOC needed)." },
    MANAGED_CARE: { description: "A managed care plan." },
    PRIVATE: { description: "The person or private insurance." },
    HOSPICE: { description: "Hospice (OH COA guide: no LOC needed while enrolled)." },
  },
});

registerEnumType(DischargeDestination, {
  name: "DischargeDestination",
  description: "Where a discharged person went (CO 10 CCR 2505-10 8.401.44 B: discharge destination is reported).",
  valuesConfig: {
    HOME_OR_COMMUNITY: { description: "Home or another community setting." },
    ASSISTED_LIVING: { description: "Assisted living." },
    HOSPITAL: { description: "A hospital, with no bed held." },
    PSYCHIATRIC_HOSPITAL: { description: "A psychiatric hospital or unit, with no bed held." },
    OUT_OF_STATE: { description: "Another state." },
    ABSENT_WITHOUT_LEAVE: { description: "Left without leave (CO 8.401.44 B counts it as a discharge)." },
    OTHER: { description: "Anywhere else." },
  },
});

registerEnumType(StayEndReason, {
  name: "StayEndReason",
  description: "How a stay ended.",
  valuesConfig: {
    DISCHARGED: { description: "A discharge." },
    TRANSFERRED: { description: "A transfer to another nursing facility; the next stay continues it." },
    DIED: { description: "The person died." },
  },
});

export { AdmissionSource, CensusEventKind, DischargeDestination, Payer, StayEndReason };
