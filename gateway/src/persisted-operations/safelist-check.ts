import { GraphQLError } from "graphql";
import { operationId, type ManifestOperation } from "./operation-manifest.ts";

/** What a request carries that names its operation: the text, the APQ hash, or both. */
export interface OperationReference {
  query: string | undefined;
  sha256Hash: string | undefined;
}

export type SafelistVerdict =
  /** Not safelisted: Apollo's APQ and free-form queries apply unchanged. */
  | { kind: "unrestricted" }
  /** A registered operation: it runs with the manifest's body, never registered in the APQ cache. */
  | { kind: "registered"; operation: ManifestOperation }
  | { kind: "refused"; error: GraphQLError };

/**
 * Decides a request against its role's registered operations (`undefined`: the role is not
 * safelisted). A safelisted partner names an operation by id alone or by its exact text; anything
 * else — another query, a registered one edited, an APQ registration, introspection — is refused
 * before it is parsed, so the answer says nothing about the schema. A hash that is not the text's
 * sha256 is refused for every partner (APQ's own check would answer it as an internal error).
 */
export function checkAgainstSafelist(reference: OperationReference, registered: ReadonlyMap<string, ManifestOperation> | undefined): SafelistVerdict {
  const textId = reference.query === undefined ? undefined : operationId(reference.query);
  if (reference.sha256Hash !== undefined && textId !== undefined && reference.sha256Hash !== textId) {
    return {
      kind: "refused",
      error: new GraphQLError("extensions.persistedQuery.sha256Hash is not the sha256 (hex) of the query text", {
        extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH", http: { status: 400 } },
      }),
    };
  }
  if (!registered) return { kind: "unrestricted" };
  const operation = registered.get(textId ?? reference.sha256Hash ?? "");
  if (operation) return { kind: "registered", operation };
  const registering = reference.sha256Hash !== undefined && reference.query !== undefined;
  return {
    kind: "refused",
    error: new GraphQLError(
      registering
        ? "This partner may run only its registered operations; registering a new one at run time is refused (it is added to the partner's manifest by review)"
        : "This partner may run only its registered operations: send a registered operation's id in extensions.persistedQuery.sha256Hash, or its exact text",
      { extensions: { code: "PERSISTED_QUERY_NOT_IN_SAFELIST", http: { status: 403 } } },
    ),
  };
}
