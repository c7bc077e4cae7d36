// type-graphql reads decorator metadata through this polyfill, which must load before any decorated class.
import "reflect-metadata";
import { Directive, Field, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors.ts";
import { isRecordId } from "./ids.ts";

@ObjectType({ description: "Where a page of a connection stands (Relay cursor connections)." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor to pass as `after` for the next page; null when the page is empty." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type, so every growing list pages alike.
 * `shareable` when several subgraphs declare the same connection (the audit trail's).
 */
export function connectionOf<T extends object>(nodeType: ClassType<T>, name: string, what: string, options: { shareable?: boolean } = {}) {
  const shareable: ClassDecorator = options.shareable ? Directive("@shareable") : () => {};
  @shareable
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: "Opaque position of this item; pass it as `after` to continue from here." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @shareable
  @ObjectType(`${name}Connection`, { description: `A page of ${what} records.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `The ${what} records of this page, in order.` })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: "How to fetch the next page." })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

export const maxPageSize = 100;

export interface PageRequest {
  first: number;
  /** The key after which the page starts, decoded from the client's cursor. */
  afterKey: string | undefined;
}

/**
 * Validates `first` and decodes `after`; cursors are opaque base64url of the row's sort key.
 * The key is checked too (by default: a record id), so a forged cursor is the client's error.
 */
export function pageRequest(
  first: number,
  after: string | null | undefined,
  isKey: (key: string) => boolean = isRecordId,
  largestPage: number = maxPageSize,
): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > largestPage) {
    throw badUserInput("first", `must be a whole number from 1 to ${largestPage}`);
  }
  if (after === undefined || after === null) return { first, afterKey: undefined };
  const decoded = Buffer.from(after, "base64url").toString("utf8");
  const key = decoded.slice(2);
  if (!decoded.startsWith("k:") || !isKey(key)) throw badUserInput("after", "is not a cursor this list gave out");
  return { first, afterKey: key };
}

/** Builds a page from up to `first + 1` rows fetched in key order (the extra row says whether more follow). */
export function toConnection<T>(rows: T[], request: PageRequest, keyOf: (row: T) => string): Connection<T> {
  const page = rows.slice(0, request.first);
  const edges = page.map((node) => ({ cursor: Buffer.from(`k:${keyOf(node)}`).toString("base64url"), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > request.first, endCursor: edges.at(-1)?.cursor ?? null } };
}
