import { Alert } from "@mantine/core";
import type { CombinedError } from "urql";

/** The hub's error codes (docs/errors.md) in words a clerk can act on. */
const meaning: Record<string, string> = {
  FORBIDDEN: "Your organisation's role may not see or do this. If you need it, ask the state Medicaid agency for access.",
  UNAUTHENTICATED: "Your sign-in has expired or was not accepted. Sign out and sign in again.",
  NOT_FOUND: "No such record, or it is outside your organisation's scope.",
  CONFLICT: "Someone changed this record after you opened it. Reload it and make your change again.",
  BAD_USER_INPUT: "Something entered cannot be accepted; see the field named below.",
  SERVICE_UNAVAILABLE: "A part of the hub is not answering just now; what it holds is missing here. Try again shortly.",
  RATE_LIMITED: "Too many requests in a short time. Wait a moment and try again.",
};

export interface HubProblem {
  code: string;
  message: string;
  field?: string;
}

/** Every problem an answer carries: errors beside partial data as well as a failed request. */
export function hubProblems(error: CombinedError | undefined): HubProblem[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0)
    return [{ code: "NETWORK", message: "The hub could not be reached. Check your connection and try again." }];
  return error.graphQLErrors.map((e) => {
    const code = typeof e.extensions?.code === "string" ? e.extensions.code : "ERROR";
    const field = typeof e.extensions?.field === "string" ? e.extensions.field : undefined;
    return { code, message: e.message, ...(field ? { field } : {}) };
  });
}

/** An answer's problems, each with what it means and what to do; nothing when there are none. */
export function HubErrorNotice({ error }: { error: CombinedError | undefined }) {
  const problems = hubProblems(error);
  if (problems.length === 0) return null;
  return (
    <>
      {problems.map((problem, i) => (
        <Alert
          key={i}
          color={problem.code === "FORBIDDEN" ? "orange" : "red"}
          title={problem.code === "FORBIDDEN" ? "Not permitted" : "The hub could not do this"}
          role="alert"
          data-code={problem.code}
          mb="sm"
          // The title in the text colour: Mantine's orange-9 on orange-1 is under WCAG AA's 4.5:1; the alert's colour stays in its background.
          styles={{ title: { color: "var(--mantine-color-text)" } }}
        >
          {meaning[problem.code] ?? problem.message}
          {problem.field ? ` Field: ${problem.field}.` : ""}
          {meaning[problem.code] && problem.code !== "FORBIDDEN" ? ` (${problem.message})` : ""}
        </Alert>
      ))}
    </>
  );
}
