import type { AuthChecker } from "type-graphql";
import { accessOf, isDenied, type AccessMatrix } from "./access/access-matrix.ts";
import { forbidden } from "@pasrr/graphql-kit/errors";
import type { RequestContext } from "./context.ts";

/**
 * type-graphql's `@Authorized()`, answered from the access matrix (the field's `Type.field`
 * row), never from role lists in decorators: the matrix guard already enforces every row, so
 * this only keeps a stray `@Authorized()` consistent with it, failing closed without a row.
 * It throws the contract's FORBIDDEN itself, because type-graphql's own error says UNAUTHORIZED.
 */
export const matrixAuthChecker =
  (matrix: AccessMatrix): AuthChecker<RequestContext> =>
  ({ context, info }, listedRoles) => {
    const coordinate = `${info.parentType.name}.${info.fieldName}`;
    if (listedRoles.length > 0) throw new Error(`${coordinate}: list roles in the access matrix, not in @Authorized(...)`);
    if (!isDenied(accessOf(matrix, coordinate, context.principal.role))) return true;
    throw forbidden(`${context.principal.role} may not use ${coordinate}`);
  };
