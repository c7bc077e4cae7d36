import { Alert } from "@mantine/core";
import type { CombinedError } from "urql";
import { hubProblems } from "../../graphql/hub-error.tsx";

/** The hub's message for one input field (BAD_USER_INPUT with `extensions.field`), for the form control it names. */
export function fieldMessage(error: CombinedError | undefined, field: string): string | undefined {
  const problem = hubProblems(error).find((p) => p.code === "BAD_USER_INPUT" && p.field === field);
  // The hub names the field first ("input.findings: must say …"); the control already shows which.
  return problem ? `The hub says: ${problem.message.replace(`${field}: `, "")}` : undefined;
}

/** What the hub answered to the last action on a list, in words, until the next one. */
export function ActionDone({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <Alert color="green" title="The hub recorded it" role="status" mb="sm" data-hub-answer>
      {text}
    </Alert>
  );
}
