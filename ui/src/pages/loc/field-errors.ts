import type { CombinedError } from "urql";
import { hubProblems } from "../../graphql/hub-error.tsx";

/**
 * The hub's BAD_USER_INPUT problems by the field they name (extensions.field, e.g.
 * `input.ultc100_2.bathing`), without the `input.` prefix, for the form to show on that field; and
 * whether any problem named no field (shown by HubErrorNotice instead).
 */
export function fieldErrorsOf(error: CombinedError | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of hubProblems(error)) {
    if (problem.code === "BAD_USER_INPUT" && problem.field) byField[problem.field.replace(/^input\./, "")] = problem.message;
  }
  return byField;
}

/** The problems not shown on a field of the form: everything but BAD_USER_INPUT naming a field. */
export function hasUnplacedProblems(error: CombinedError | undefined): boolean {
  return hubProblems(error).some((problem) => !(problem.code === "BAD_USER_INPUT" && problem.field));
}
