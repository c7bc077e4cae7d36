import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { composeSupergraph, supergraphFile } from "./supergraph.ts";

describe("the supergraph", () => {
  it("composes from the four subgraphs without errors, and the checked-in file is that composition (run `npm run compose` when this fails)", async () => {
    const composed = await composeSupergraph();
    expect(await readFile(supergraphFile, "utf8")).toBe(composed);
  });

  it("keeps the partner contract's entities and entry points", async () => {
    const sdl = await readFile(supergraphFile, "utf8");
    expect(sdl).toMatch(/type Individual\s+@join__type\(graph: FACILITIES, key: "id"\)/);
    expect(sdl).toMatch(/@join__type\(graph: INDIVIDUALS, key: "id"\)/);
    expect(sdl).toMatch(/type Facility\s+@join__type\(graph: FACILITIES, key: "id"\)/);
    expect(sdl).toContain("registerIndividual(");
    expect(sdl).toContain("providerNumber: String!");
  });
});
