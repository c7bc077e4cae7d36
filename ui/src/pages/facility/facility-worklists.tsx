import { Stack, Tabs, Title } from "@mantine/core";
import { useState } from "react";
import { useSignedIn } from "../../session/session.tsx";
import { CensusTab } from "./census-tab.tsx";
import { FacilityChoice } from "./facility-choice.tsx";
import { FindingsTab } from "./findings-tab.tsx";
import { RecordEventTab } from "./record-event-tab.tsx";
import { ReviewsTab } from "./reviews-tab.tsx";

type FacilityTab = "census" | "record" | "reviews" | "findings";

/**
 * The nursing facility's work (issue 23): today's census, recording census events, the Resident
 * Reviews due for its residents and the compliance findings against it. The token's facilities
 * only choose what to show; the hub decides what the facility may read and record.
 */
export default function FacilityWorklists() {
  const { claims } = useSignedIn();
  const [facilityId, setFacilityId] = useState<string | null>(claims.facilityIds[0] ?? null);
  const [tab, setTab] = useState<FacilityTab>("census");
  const [person, setPerson] = useState({ id: "", key: 0 });
  const recordFor = (individualId: string) => {
    setPerson((current) => ({ id: individualId, key: current.key + 1 }));
    setTab("record");
  };
  return (
    <Stack>
      <Title order={1}>Facility worklists</Title>
      <FacilityChoice facilityIds={claims.facilityIds} chosen={facilityId} onChoose={setFacilityId} />
      {facilityId && (
        <Tabs value={tab} onChange={(next) => next && setTab(next as FacilityTab)} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="census">Today's census</Tabs.Tab>
            <Tabs.Tab value="record">Record an event</Tabs.Tab>
            <Tabs.Tab value="reviews">Resident Reviews due</Tabs.Tab>
            <Tabs.Tab value="findings">Compliance findings</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="census" pt="md">
            <CensusTab facilityId={facilityId} onRecord={recordFor} />
          </Tabs.Panel>
          <Tabs.Panel value="record" pt="md">
            <RecordEventTab key={`${facilityId}:${person.key}`} facilityId={facilityId} individualId={person.id} />
          </Tabs.Panel>
          <Tabs.Panel value="reviews" pt="md">
            <ReviewsTab key={facilityId} facilityId={facilityId} />
          </Tabs.Panel>
          <Tabs.Panel value="findings" pt="md">
            <FindingsTab key={facilityId} facilityId={facilityId} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
