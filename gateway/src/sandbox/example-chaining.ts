/**
 * A guide's example may use a value the previous example returned (a PAA determines Level of
 * Care on the assessment it has just submitted): a variable written `"<previous:a.b.c>"` is
 * replaced by that path of the previous answer's `data`. Shared by the sandbox page and the
 * docs test, so both run the guides the same way. No Node or DOM APIs: it is bundled for the browser.
 */
const reference = /^<previous:([\w.]+)>$/;

export function fillFromPrevious(value: unknown, previousData: unknown): unknown {
  if (typeof value === "string") {
    const match = reference.exec(value);
    if (!match) return value;
    let found: unknown = previousData;
    for (const key of match[1]!.split(".")) found = found !== null && typeof found === "object" ? (found as Record<string, unknown>)[key] : undefined;
    return found ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => fillFromPrevious(item, previousData));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillFromPrevious(item, previousData)]));
  }
  return value;
}
