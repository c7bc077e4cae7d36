import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation, type CombinedError } from "urql";
import { useHubToday } from "../../calendar/hub-today.tsx";
import { graphql, type FragmentType } from "../../gql";
import { HubErrorNotice, hubProblems } from "../../graphql/hub-error.tsx";
import { EvaluationFields, FindingsFields, ServicesAndApprovalFields } from "./determination-fields.tsx";
import { DeterminationRecorded, RecordedDeterminationFragment } from "./determination-recorded.tsx";
import { formFieldOf, initialValues, toDeterminationInput, type DeterminationValues } from "./determination-values.ts";
import type { ReferralRow } from "./referral-worklist.tsx";

const RecordDetermination = graphql(`
  mutation RecordLevelTwoDetermination($input: RecordLevelTwoDeterminationInput!) {
    recordLevelTwoDetermination(input: $input) {
      levelTwoDetermination {
        ...RecordedDetermination
      }
    }
  }
`);

type Recorded = FragmentType<typeof RecordedDeterminationFragment>;

interface DialogProps {
  referral: ReferralRow;
  onClose(): void;
  onRecorded(): void;
}

/** The authority's determination of one referral, in a dialog over the worklist; then what the hub recorded and the notices it issued. */
export function DeterminationDialog({ referral, onClose, onRecorded }: DialogProps) {
  const [recorded, setRecorded] = useState<Recorded>();
  const who = `${referral.individual.givenName ?? ""} ${referral.individual.familyName ?? ""}`.trim();
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      closeButtonProps={{ "aria-label": "Close" }}
      title={recorded ? `Determination recorded for ${who}` : `Record the ${referral.authority} determination for ${who}`}
    >
      {recorded ? (
        <DeterminationRecorded determination={recorded} onClose={onClose} />
      ) : (
        <DeterminationForm
          referral={referral}
          onCancel={onClose}
          onRecorded={(determination) => {
            setRecorded(determination);
            onRecorded();
          }}
        />
      )}
    </Modal>
  );
}

interface FormProps {
  referral: ReferralRow;
  onCancel(): void;
  onRecorded(determination: Recorded): void;
}

function DeterminationForm({ referral, onCancel, onRecorded }: FormProps) {
  const today = useHubToday();
  const [values, setValues] = useState<DeterminationValues>(() => initialValues(today));
  const [{ fetching, error }, record] = useMutation(RecordDetermination);
  const problems = hubProblems(error);
  const errorFor = (field: keyof DeterminationValues) => {
    const problem = problems.find((p) => p.code === "BAD_USER_INPUT" && formFieldOf(p.field) === field);
    return problem ? problem.message.replace(/^[\w.]+: /, "") : undefined;
  };
  const set = <K extends keyof DeterminationValues>(key: K, value: DeterminationValues[K]) => setValues((now) => ({ ...now, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await record({ input: toDeterminationInput(referral, values) });
    const determination = result.data?.recordLevelTwoDetermination.levelTwoDetermination;
    if (determination) onRecorded(determination);
  };
  const fields = { values, set, errorFor, authority: referral.authority };
  return (
    <form onSubmit={submit} aria-label="Level II determination" noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Referred on {referral.referredOn}; due {referral.dueOn} (working days, computed by the hub).
          {referral.awaitsAuthority ? ` Sequenced after the ${referral.awaitsAuthority} determination (IL IV.D.3).` : ""}
        </Text>
        <FindingsFields {...fields} />
        <ServicesAndApprovalFields {...fields} />
        <EvaluationFields {...fields} />
        <ConflictExplained error={error} onReload={onCancel} />
        <HubErrorNotice error={conflictFree(error)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Record determination
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The error without its CONFLICTs, which ConflictExplained words for this form. */
const conflictFree = (error: CombinedError | undefined): CombinedError | undefined =>
  error && error.graphQLErrors.every((e) => e.extensions?.code === "CONFLICT") && !error.networkError ? undefined : error;

/**
 * A CONFLICT from the hub, in this form's terms: the referral changed after the worklist read it
 * (`currentVersion`), it is already determined, or in a dual case it waits for the other
 * authority's determination (IL IV.D.3). Nothing was recorded; the worklist shows it as it now is.
 */
function ConflictExplained({ error, onReload }: { error: CombinedError | undefined; onReload(): void }) {
  const conflict = error?.graphQLErrors.find((e) => e.extensions?.code === "CONFLICT");
  if (!conflict) return null;
  const current = conflict.extensions.currentVersion;
  return (
    <Alert color="red" role="alert" title="Not recorded: the referral has changed" data-code="CONFLICT">
      <Text size="sm">
        {typeof current === "number"
          ? `Someone changed this referral after your worklist was loaded (it is now at version ${current}). `
          : `The hub refused to determine this referral now: ${conflict.message}. `}
        Nothing was recorded. Close this form to reload the worklist, check the referral and record again if it is still open.
      </Text>
      <Button mt="xs" size="xs" variant="default" onClick={onReload}>
        Close and reload the worklist
      </Button>
    </Alert>
  );
}
