import { Stack, Tabs, Title } from "@mantine/core";
import { useState } from "react";
import { CategoricalRequestsTab } from "./categorical-requests-tab.tsx";
import { ComplianceFindingsTab } from "./compliance-findings-tab.tsx";
import { FacilityNamesProvider } from "./facility-names.tsx";
import { LevelOneScreensTab } from "./level-one-screens-tab.tsx";
import { ResidentReviewsTab } from "./resident-reviews-tab.tsx";

const tabs = [
  { value: "level-one", label: "Level I screens to review", Panel: LevelOneScreensTab },
  { value: "categoricals", label: "Categorical requests", Panel: CategoricalRequestsTab },
  { value: "resident-reviews", label: "Resident Reviews", Panel: ResidentReviewsTab },
  { value: "findings", label: "Compliance findings", Panel: ComplianceFindingsTab },
] as const;

/**
 * The PAA's screening worklists (issue 23), one tab each: Level I screens to review, categorical
 * requests to decide, Resident Reviews overdue and due in its counties, compliance findings. Only
 * the open tab asks the graph; what each list holds is what the hub lets the signed-in role see.
 */
export default function PaaWorklists() {
  const [tab, setTab] = useState<string | null>("level-one");
  return (
    <FacilityNamesProvider>
      <Stack>
        <Title order={1}>Screening worklists</Title>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List aria-label="Worklists">
            {tabs.map(({ value, label }) => (
              <Tabs.Tab key={value} value={value}>
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map(({ value, Panel }) => (
            <Tabs.Panel key={value} value={value} pt="md">
              <Panel />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </FacilityNamesProvider>
  );
}
