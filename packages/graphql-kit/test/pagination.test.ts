import { maxPageSize, pageRequest, toConnection, type PageRequest } from "@pasrr/graphql-kit/pagination";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";

function refusal(attempt: () => unknown): GraphQLError {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error("expected a refusal, but the page request was accepted");
}

const rows = ["a", "b", "c", "d", "e"].map((key) => ({ key }));
const keyOf = (row: { key: string }): string => row.key;

describe("pageRequest", () => {
  it.each([0, 101, 1.5, -1, Number.NaN])("refuses first = %s with BAD_USER_INPUT naming `first`", (first) => {
    const error = refusal(() => pageRequest(first, null));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(error.message).toMatch(/^first: /);
  });

  it("accepts first from 1 to 100 with no cursor", () => {
    expect(maxPageSize).toBe(100);
    expect(pageRequest(1, null)).toEqual({ first: 1, afterKey: undefined });
    expect(pageRequest(100, undefined)).toEqual({ first: 100, afterKey: undefined });
  });

  it.each(["garbage", "", Buffer.from("x:a").toString("base64url"), Buffer.from("a").toString("base64url")])(
    "refuses the cursor %j it did not give out, naming `after`",
    (after) => {
      const error = refusal(() => pageRequest(10, after));
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
      expect(error.message).toMatch(/^after: /);
    },
  );
});

describe("toConnection", () => {
  it("returns `first` rows and says more follow when the extra row was fetched", () => {
    const request: PageRequest = { first: 2, afterKey: undefined };
    const page = toConnection(rows.slice(0, 3), request, keyOf);
    expect(page.edges.map((edge) => edge.node.key)).toEqual(["a", "b"]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(page.edges[1]!.cursor);
  });

  it("says no more follow on the last page and gives a null end cursor for an empty page", () => {
    const last = toConnection(rows.slice(3), { first: 2, afterKey: "c" }, keyOf);
    expect(last.edges.map((edge) => edge.node.key)).toEqual(["d", "e"]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], { first: 2, afterKey: undefined }, keyOf).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it("issues cursors that pageRequest decodes back to the row's key, even keys with colons and accents", () => {
    const awkward = [{ key: "2026-01-05:k:ü/+=" }, { key: "b" }];
    const page = toConnection(awkward, { first: 1, afterKey: undefined }, keyOf);
    const anyKey = () => true;
    expect(pageRequest(5, page.pageInfo.endCursor, anyKey).afterKey).toBe("2026-01-05:k:ü/+=");
    for (const edge of toConnection(rows, { first: 5, afterKey: undefined }, keyOf).edges) {
      expect(pageRequest(5, edge.cursor, anyKey).afterKey).toBe(edge.node.key);
    }
  });

  it("refuses, by default, a cursor whose key is not a record id, and an empty key", () => {
    for (const forged of ["k:nope", "k:"]) {
      expect(() => pageRequest(5, Buffer.from(forged).toString("base64url"))).toThrow(/after/);
    }
  });
});
