import { doubleMetaphone } from "double-metaphone";

/**
 * NYSIIS phonetic code (New York State Identification and Intelligence System): Taft, R. L.
 * (1970), "Name Search Techniques", New York State Identification and Intelligence System,
 * Special Report No. 1. Names that sound alike get one code (KATHERINE, CATHERINE → CATARAN;
 * QUENNEVILLE, QUENEVILE → QANAVAL), so blocking and the name comparison tolerate spelling.
 * One change from the 1970 rules: a Y after the first letter counts as a vowel (SMITH, SMYTH),
 * and the code is not truncated (the 6-letter limit was for punched-card fields).
 */
const vowels = new Set(["A", "E", "I", "O", "U"]);
const isVowel = (c: string | undefined, position: number) => c !== undefined && (vowels.has(c) || (c === "Y" && position > 0));

const leading: [RegExp, string][] = [
  [/^MAC/, "MCC"],
  [/^KN/, "NN"],
  [/^K/, "C"],
  [/^P[HF]/, "FF"],
  [/^SCH/, "SSS"],
];
const trailing: [RegExp, string][] = [
  [/(EE|IE)$/, "Y"],
  [/(DT|RT|RD|NT|ND)$/, "D"],
];

/** The NYSIIS code of one word in matching form (A–Z only); "" for an empty word. */
export function nysiis(word: string): string {
  let name = word.replace(/[^A-Z]/g, "");
  if (name.length === 0) return "";
  for (const [pattern, replacement] of leading)
    if (pattern.test(name)) {
      name = name.replace(pattern, replacement);
      break;
    }
  for (const [pattern, replacement] of trailing)
    if (pattern.test(name)) {
      name = name.replace(pattern, replacement);
      break;
    }
  const chars = name.split("");
  let key = chars[0]!;
  for (let i = 1; i < chars.length; i += 1) {
    const c = chars[i]!;
    const next = chars[i + 1];
    if (c === "E" && next === "V") {
      chars[i] = "A";
      chars[i + 1] = "F";
    } else if (isVowel(c, i)) chars[i] = "A";
    else if (c === "Q") chars[i] = "G";
    else if (c === "Z") chars[i] = "S";
    else if (c === "M") chars[i] = "N";
    else if (c === "K") chars[i] = next === "N" ? "N" : "C";
    else if (c === "S" && next === "C" && chars[i + 2] === "H") chars.splice(i, 3, "S", "S", "S");
    else if (c === "P" && next === "H") chars.splice(i, 2, "F", "F");
    else if (c === "H" && (!isVowel(chars[i - 1], i - 1) || !isVowel(next, i + 1))) chars[i] = chars[i - 1]!;
    else if (c === "W" && isVowel(chars[i - 1], i - 1)) chars[i] = chars[i - 1]!;
    if (chars[i] !== key[key.length - 1]) key += chars[i];
  }
  if (key.length > 1 && key.endsWith("S")) key = key.slice(0, -1);
  if (key.endsWith("AY")) key = `${key.slice(0, -2)}Y`;
  if (key.length > 1 && key.endsWith("A")) key = key.slice(0, -1);
  return key;
}

/**
 * Whether two words sound alike: the same NYSIIS code, or a shared Double Metaphone code
 * (Philips, L. (2000), "The Double Metaphone Search Algorithm", C/C++ Users Journal 18(6),
 * through the `double-metaphone` package), which also knows spellings NYSIIS codes apart
 * (SCHMIDT/SMITH, THOMPSON/TOMSON).
 */
export function soundAlike(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (nysiis(a) === nysiis(b)) return true;
  const codesOfB = new Set(doubleMetaphone(b));
  return doubleMetaphone(a).some((code) => code !== "" && codesOfB.has(code));
}
