import { Button, Group, Table, Text } from "@mantine/core";
import type { ClaimLineInput } from "../../gql/graphql.ts";
import { payableDays, resultCsv, unpayableDays, unpayableReasons, type ClaimAnswer } from "./claim-csv.ts";

/** Rows drawn on the page; the download holds every line. */
const shownRows = 500;

/** The answer as a file the browser saves (a Blob: nothing leaves the machine again). */
function download(sent: ClaimLineInput[], answers: (ClaimAnswer | null)[]) {
  const url = URL.createObjectURL(new Blob([resultCsv(sent, answers)], { type: "text/csv" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "claim-lines-checked.csv";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has started saving it (revoking at once can cancel the download).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function AnswerRow({ line, answer }: { line: ClaimLineInput; answer: ClaimAnswer | null }) {
  return (
    <Table.Tr data-claim-line={line.line}>
      <Table.Td>{line.line}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{line.medicaidId}</Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{line.providerNumber ?? "any"}</Table.Td>
      <Table.Td>
        {line.from} – {line.to}
      </Table.Td>
      <Table.Td data-payable-days>{answer ? payableDays(answer) : "—"}</Table.Td>
      <Table.Td data-unpayable-days>{answer ? unpayableDays(answer) : "—"}</Table.Td>
      <Table.Td>
        {answer
          ? unpayableReasons(answer).join("; ") || "All days payable"
          : "Not answered: no person with this Medicaid ID that you may see, or the line was refused (see above)"}
      </Table.Td>
    </Table.Tr>
  );
}

/** Each line's payable and unpayable days with the reasons, and the whole answer as CSV. */
export function ClaimResults({ sent, answers }: { sent: ClaimLineInput[]; answers: (ClaimAnswer | null)[] }) {
  return (
    <>
      <Group>
        <Text role="status">
          {sent.length} line{sent.length === 1 ? "" : "s"} checked.
        </Text>
        <Button variant="light" onClick={() => download(sent, answers)}>
          Download results (CSV)
        </Button>
      </Group>
      <Table striped withTableBorder aria-label="Claim lines checked">
        <Table.Caption style={{ color: "var(--mantine-color-text)" }}>
          {sent.length > shownRows ? `The first ${shownRows} lines; the download holds all ${sent.length}.` : "Each line as sent, with the hub's answer."}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {["Line", "Medicaid ID", "Provider", "Days billed", "Payable days", "Unpayable days", "Why not payable"].map((name) => (
              <Table.Th key={name} scope="col">
                {name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sent.slice(0, shownRows).map((line, i) => (
            <AnswerRow key={line.line} line={line} answer={answers[i] ?? null} />
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
