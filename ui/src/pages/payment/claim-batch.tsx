import { Alert, Button, Group, List, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useMemo, useState, type ChangeEvent } from "react";
import { useQuery } from "urql";
import type { ClaimLineInput } from "../../gql/graphql.ts";
import { HubErrorNotice } from "../../graphql/hub-error.tsx";
import { claimBatchQuery } from "./claim-batch.operation.ts";
import { maxClaimLines, parseClaimCsv, type CsvProblem } from "./claim-csv.ts";
import { ClaimResults } from "./claim-results.tsx";

function CsvProblems({ problems }: { problems: CsvProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert color="red" title="Lines that will not be sent" role="alert" data-csv-problems styles={{ title: { color: "var(--mantine-color-text)" } }}>
      <List size="sm">
        {problems.slice(0, 50).map((p, i) => (
          <List.Item key={i} data-csv-line={p.line}>
            Line {p.line}
            {p.column ? `, ${p.column}` : ""}: {p.message}
          </List.Item>
        ))}
      </List>
      {problems.length > 50 && <Text size="sm">…and {problems.length - 50} more.</Text>}
    </Alert>
  );
}

function CsvInput({ text, onText }: { text: string; onText(text: string): void }) {
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) onText(await file.text());
  };
  return (
    <Stack gap="xs">
      <div>
        <label htmlFor="claims-file">
          <Text component="span" size="sm" fw={500}>
            Upload a CSV file
          </Text>
        </label>{" "}
        <input id="claims-file" type="file" accept=".csv,text/csv" onChange={upload} />
      </div>
      <Textarea
        label="Or paste the claim lines"
        description="One line per claim: Medicaid ID, provider number (empty for any facility), from, through (YYYY-MM-DD). A header row is optional."
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        autosize
        minRows={5}
        maxRows={15}
        styles={{ input: { fontFamily: "monospace" }, description: { color: "var(--mantine-color-text)" } }}
      />
    </Stack>
  );
}

function BatchAnswer({ sent }: { sent: ClaimLineInput[] }) {
  const [{ data, error, fetching }] = useQuery({ query: claimBatchQuery, variables: { lines: sent }, requestPolicy: "network-only" });
  return (
    <>
      <HubErrorNotice error={error} />
      {fetching && <Text role="status">Checking {sent.length} lines…</Text>}
      {data && <ClaimResults sent={sent} answers={data.levelOfCareClaimBatch.lines} />}
    </>
  );
}

/**
 * The payment clerk's page (Medicaid payment system and state agency): claim lines pasted or
 * uploaded as CSV, checked on the page first (bad rows by line and column), then sent as one
 * `levelOfCareClaimBatch` (up to 10,000 lines): each line's payable and unpayable days with the
 * reasons, and the answer downloaded as CSV.
 */
export default function ClaimBatch() {
  const [text, setText] = useState("");
  const [issuer, setIssuer] = useState("OH");
  const [sent, setSent] = useState<ClaimLineInput[]>();
  const [runs, setRuns] = useState(0);
  const parsed = useMemo(() => parseClaimCsv(text, issuer.trim().toUpperCase()), [text, issuer]);
  const onText = (next: string) => {
    setText(next);
    setSent(undefined);
  };
  return (
    <Stack>
      <Title order={1}>Claim lines (CSV)</Title>
      <CsvInput text={text} onText={onText} />
      <TextInput label="Medicaid IDs issued by (state)" value={issuer} onChange={(event) => setIssuer(event.currentTarget.value)} w={220} />
      <CsvProblems problems={parsed.problems} />
      <Group>
        <Button
          disabled={parsed.lines.length === 0 || parsed.lines.length > maxClaimLines}
          onClick={() => {
            setSent(parsed.lines);
            setRuns(runs + 1);
          }}
        >
          Check {parsed.lines.length} line{parsed.lines.length === 1 ? "" : "s"}
        </Button>
      </Group>
      {sent && <BatchAnswer key={runs} sent={sent} />}
    </Stack>
  );
}
