import request from "supertest";

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  headers: Record<string, string>;
}

/** Sends one GraphQL operation over real HTTP, the way a partner's client does. */
// Answers are read by shape in assertions; `any` is confined to this test helper.
export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLAnswer<T>> {
  const target = new URL(url);
  let call = request(target.origin).post(target.pathname).set("content-type", "application/json");
  if (options.token) call = call.set("authorization", `Bearer ${options.token}`);
  for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
  const response = await call.send({ query, variables: options.variables ?? {} });
  return { status: response.status, ...(response.body as object), headers: response.headers as Record<string, string> };
}

/** The codes of an answer's errors, for assertions that read like the contract. */
export const errorCodes = (answer: GraphQLAnswer) => (answer.errors ?? []).map((error) => error.extensions?.code);
