/**
 * The sandbox's fetcher: sends GraphiQL's operation to the gateway and records what a developer
 * wants to see of each run beside the answer: HTTP status, time, the response headers the hub sets
 * (`x-request-id`, `idempotent-replay`) and, with the development tools, the gateway's query plan.
 */
import type { GraphiQLProps } from "graphiql";
import type { ExecutionResult } from "graphql";
import { fillFromPrevious } from "../src/sandbox/example-chaining.ts";
import { queryPlanExtension, queryPlanRequestHeader } from "../src/sandbox/sandbox-protocol.ts";

export interface RunRecord {
  operationName: string | undefined;
  status: number;
  statusText: string;
  milliseconds: number;
  headers: [string, string][];
  /** The gateway's plan as it prints it; undefined when it made none (refused before planning) or was not asked. */
  plan: string | undefined;
}

/** Response headers the status line names on their own; the rest are listed under "all headers". */
export const namedHeaders = ["x-request-id", "idempotent-replay"] as const;

export function createRunFetcher(askForPlan: boolean, onRun: (run: RunRecord) => void): GraphiQLProps["fetcher"] {
  /** The last answer's data, for a guide example that uses what the previous one returned. */
  let previousData: unknown;
  return async (params, options) => {
    const headers: Record<string, string> = { "content-type": "application/json", ...(options?.headers as Record<string, string> | undefined) };
    if (askForPlan) headers[queryPlanRequestHeader] = "true";
    const started = performance.now();
    const response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ ...params, variables: fillFromPrevious(params.variables ?? {}, previousData) }),
    });
    const answer = await readAnswer(response);
    const { plan, shown } = takePlan(answer);
    onRun({
      operationName: params.operationName ?? undefined,
      status: response.status,
      statusText: response.statusText,
      milliseconds: Math.round(performance.now() - started),
      headers: [...response.headers],
      plan,
    });
    if (answer.data) previousData = answer.data;
    return shown;
  };
}

/** The answer as JSON; a body that is not JSON (a proxy's error page) becomes an error saying so. */
async function readAnswer(response: Response): Promise<ExecutionResult> {
  const text = await response.text();
  try {
    return JSON.parse(text) as ExecutionResult;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: the answer is not JSON: ${text.slice(0, 200)}` }] } as unknown as ExecutionResult;
  }
}

/**
 * The plan leaves the answer for the plan panel, so the response pane shows what a partner would
 * get. @apollo/gateway sends `true` instead of text when the plan fetches from no subgraph.
 */
function takePlan(answer: ExecutionResult): { plan: string | undefined; shown: ExecutionResult } {
  const { [queryPlanExtension]: plan, ...extensions } = answer.extensions ?? {};
  if (plan === undefined) return { plan: undefined, shown: answer };
  const shown: ExecutionResult = { errors: answer.errors, data: answer.data };
  if (Object.keys(extensions).length > 0) shown.extensions = extensions;
  return { plan: typeof plan === "string" ? plan : "QueryPlan {}  (answered by the gateway alone: no subgraph fetch)", shown };
}
