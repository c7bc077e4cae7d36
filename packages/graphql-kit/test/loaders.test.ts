import { entityLoader, groupLoader } from "@pasrr/graphql-kit/loaders";
import { describe, expect, it } from "vitest";

interface Person {
  id: string;
  name: string;
}
interface Stay {
  id: string;
  personId: string;
}

/** A fake table read that records every key list it is asked for, and answers in its own order. */
function recordingFetch<V>(rows: V[], matches: (row: V, keys: readonly string[]) => boolean) {
  const calls: string[][] = [];
  const fetch = async (keys: readonly string[]): Promise<V[]> => {
    calls.push([...keys]);
    return rows.filter((row) => matches(row, keys)).reverse();
  };
  return { calls, fetch };
}

const people: Person[] = [
  { id: "p1", name: "Ada" },
  { id: "p2", name: "Ben" },
  { id: "p3", name: "Cy" },
];

describe("entityLoader", () => {
  it("loads every key of one tick with one fetch, each key once", async () => {
    const { calls, fetch } = recordingFetch(people, (row, keys) => keys.includes(row.id));
    const loader = entityLoader(fetch, (row: Person) => row.id);
    await Promise.all([loader.load("p1"), loader.load("p2"), loader.load("p1"), loader.load("p3"), loader.load("p2")]);
    expect(calls).toEqual([["p1", "p2", "p3"]]);
  });

  it("aligns results with the keys and answers null for a key without a row", async () => {
    const { fetch } = recordingFetch(people, (row, keys) => keys.includes(row.id));
    const loader = entityLoader(fetch, (row: Person) => row.id);
    const results = await loader.loadMany(["p3", "missing", "p1", "p3"]);
    expect(results).toEqual([people[2], null, people[0], people[2]]);
  });

  it("fetches again only for keys first asked for in a later tick", async () => {
    const { calls, fetch } = recordingFetch(people, (row, keys) => keys.includes(row.id));
    const loader = entityLoader(fetch, (row: Person) => row.id);
    await loader.load("p1");
    await Promise.all([loader.load("p1"), loader.load("p2")]);
    expect(calls).toEqual([["p1"], ["p2"]]);
  });

  it("rejects every key of the batch when the fetch fails", async () => {
    const loader = entityLoader(
      async (): Promise<Person[]> => Promise.reject(new Error("database down")),
      (row: Person) => row.id,
    );
    const outcomes = await Promise.allSettled([loader.load("p1"), loader.load("p2")]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
  });
});

describe("groupLoader", () => {
  const stays: Stay[] = [
    { id: "s1", personId: "p1" },
    { id: "s2", personId: "p2" },
    { id: "s3", personId: "p1" },
  ];

  it("groups the rows of one fetch by key and answers [] for a key without rows", async () => {
    const { calls, fetch } = recordingFetch(stays, (row, keys) => keys.includes(row.personId));
    const loader = groupLoader(fetch, (row: Stay) => row.personId);
    const [p1, p2, p3, again] = await Promise.all([loader.load("p1"), loader.load("p2"), loader.load("p3"), loader.load("p1")]);
    expect(calls).toEqual([["p1", "p2", "p3"]]);
    expect(p1?.map((stay) => stay.id).sort()).toEqual(["s1", "s3"]);
    expect(p2).toEqual([stays[1]]);
    expect(p3).toEqual([]);
    expect(again).toEqual(p1);
  });

  it("gives each key its own list, never a list shared between keys", async () => {
    const { fetch } = recordingFetch<Stay>([], () => false);
    const loader = groupLoader(fetch, (row: Stay) => row.personId);
    const [a, b] = await Promise.all([loader.load("a"), loader.load("b")]);
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
  });
});
