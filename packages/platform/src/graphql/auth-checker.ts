import type { AuthChecker } from "type-graphql";
import type { Role } from "../auth/roles.ts";
import { forbidden } from "../errors.ts";
import type { RequestContext } from "./context.ts";

/**
 * type-graphql's `@Authorized(...roles)`: the role in the verified token must be listed.
 * It throws the contract's FORBIDDEN itself, because type-graphql's own error says UNAUTHORIZED.
 */
export const roleAuthChecker: AuthChecker<RequestContext, Role> = ({ context, info }, allowed) => {
  if (allowed.length === 0 || allowed.includes(context.principal.role)) return true;
  throw forbidden(`${context.principal.role} may not use ${info.parentType.name}.${info.fieldName}`);
};
