import { GraphQLError, type ASTNode } from "graphql";

/** The operation limits, named as `extensions.limit` reports them (README, "Limits"). */
export type LimitName = "depth" | "aliases" | "rootFields" | "cost" | "listSize";

/**
 * One code for every limit on the shape of an operation, so a client handles them alike (split
 * the operation, or page); `limit`, `maximum` and `actual` say which limit and by how much.
 * HTTP 400: the request is refused before any field runs.
 */
export function limitExceeded(limit: LimitName, maximum: number, actual: number, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(`${message} (at most ${maximum}, this operation has ${actual})`, {
    nodes,
    extensions: { code: "OPERATION_LIMIT_EXCEEDED", limit, maximum, actual, http: { status: 400 } },
  });
}
