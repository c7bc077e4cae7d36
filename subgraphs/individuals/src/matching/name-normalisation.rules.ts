/**
 * How names are compared, whatever way a partner typed them: case, diacritics, punctuation and
 * white space do not distinguish people (issue 3, "Person model"; CT newsletters warn that a
 * second spelling of the same person becomes a second record).
 */

/** `  Zoë  O'Brien-Smith ` → `ZOE OBRIEN SMITH`: letters A–Z and single spaces only. */
export function matchingForm(value: string | null | undefined): string {
  if (!value) return "";
  return value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "") // combining marks: é → e
    .replace(/ß/g, "SS")
    .replace(/[Øø]/g, "O")
    .replace(/[Łł]/g, "L")
    .replace(/[Ææ]/g, "AE")
    .toUpperCase()
    .replace(/['’`.]/g, "") // O'Brien → OBRIEN, St. → ST
    .replace(/[^A-Z]+/g, " ") // hyphens, commas, digits → word breaks
    .trim();
}

/** The words of a name in matching form (`Marchetti-Lund` → `MARCHETTI`, `LUND`). */
export const nameParts = (value: string | null | undefined): string[] => matchingForm(value).split(" ").filter(Boolean);

/** A compound name written as one word (`MARCHETTI LUND` → `MARCHETTILUND`), so a missing hyphen does not matter. */
export const compactName = (value: string | null | undefined): string => nameParts(value).join("");

/** Generational suffixes as people write them, in one form: `jr.`, `Junior` → `JR`; `3rd` → `III`. */
const suffixForms: Record<string, string> = {
  JR: "JR",
  JUNIOR: "JR",
  SR: "SR",
  SENIOR: "SR",
  II: "II",
  "2ND": "II",
  III: "III",
  "3RD": "III",
  IV: "IV",
  "4TH": "IV",
  V: "V",
  "5TH": "V",
};

export function suffixForm(value: string | null | undefined): string {
  if (!value) return "";
  const word = value.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return suffixForms[word] ?? word;
}
