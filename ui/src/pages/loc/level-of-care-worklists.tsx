import { Button, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { PersonToAssess } from "./assessment-input.ts";
import { AssessmentPanel } from "./assessment-panel.tsx";
import { PersonToAssessSearch } from "./person-to-assess-search.tsx";
import { RenewalsDue } from "./renewals-due.tsx";

type Tab = "renewals" | "assess";

/**
 * The PAA's Level of Care work (issue 23): the renewals coming due in its counties, and the
 * assessments and determinations to make — the ULTC 100.2 or CSA form scored live by the hub's
 * own rules, submitted, then determined.
 */
export default function LevelOfCareWorklists() {
  const [tab, setTab] = useState<Tab>("renewals");
  const [person, setPerson] = useState<PersonToAssess>();
  const assess = (picked: PersonToAssess) => {
    setPerson(picked);
    setTab("assess");
  };
  return (
    <Stack>
      <Title order={1}>Level of Care</Title>
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? "renewals")} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="renewals">Renewals due</Tabs.Tab>
          <Tabs.Tab value="assess">Assessments and determinations</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="renewals" pt="md">
          <RenewalsDue onAssess={assess} />
        </Tabs.Panel>
        <Tabs.Panel value="assess" pt="md">
          {person ? <AssessingPerson person={person} onChoose={() => setPerson(undefined)} /> : <PersonToAssessSearch onAssess={assess} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function AssessingPerson({ person, onChoose }: { person: PersonToAssess; onChoose(): void }) {
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          The hub scores and records the assessment only for a person with a stay or Level I in your counties.
        </Text>
        <Button variant="default" size="xs" onClick={onChoose}>
          Choose another person
        </Button>
      </Group>
      {/* Keyed on the person: a new person starts a blank form. */}
      <AssessmentPanel key={person.id} person={person} />
    </Stack>
  );
}
