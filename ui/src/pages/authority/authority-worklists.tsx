import { SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useSignedIn } from "../../session/session.tsx";
import type { HubRole } from "../../session/hub-claims.ts";
import { ReferralWorklist, type StatusChoice } from "./referral-worklist.tsx";

/** The roles that determine referrals (domain README, step 3): the others read their scope's referrals. */
const determiningRoles: HubRole[] = ["MH_AUTHORITY", "DD_AUTHORITY"];

const statusChoices: { value: StatusChoice; label: string }[] = [
  { value: "OPEN", label: "Open" },
  { value: "DETERMINED", label: "Determined" },
  { value: "ALL", label: "All" },
];

/**
 * `/ui/authority`: the Level II referral worklist. The MH and DD authorities see the referrals
 * routed to them and record determinations from it; hospitals, PAAs and nursing facilities see
 * their scope's referrals to follow them, with no action. Which referrals appear is the hub's
 * answer for the signed-in token (Query.levelTwoReferrals), never a filter the page decides.
 */
export default function AuthorityWorklists() {
  const { claims } = useSignedIn();
  const [status, setStatus] = useState<StatusChoice>("OPEN");
  const determines = determiningRoles.includes(claims.role);
  return (
    <Stack gap="md">
      <Title order={1}>Level II referrals</Title>
      <Text>
        {determines
          ? "The referrals assigned to your authority, soonest due first. Record each determination here; the hub issues its notices."
          : "The Level II referrals of your organisation's scope, soonest due first. Only the MH or DD authority records a determination; this list is for following them."}
      </Text>
      <Text size="sm" c="gray.7">
        Due dates are computed by the hub from the state&apos;s time frame in working days (weekends and state holidays excluded) and marked overdue by the
        hub&apos;s today.
      </Text>
      <SegmentedControl
        aria-label="Which referrals"
        data={statusChoices}
        value={status}
        onChange={(value) => setStatus(value as StatusChoice)}
        w="fit-content"
      />
      {/* Keyed on the filter: another status starts again from its first page. */}
      <ReferralWorklist key={status} status={status} canDetermine={determines} />
    </Stack>
  );
}
