/**
 * Two records a reviewer said are different people (issue 3, "Review queue": "remembered: that
 * pair never alerts again"). A pair is stored once, in id order, whichever way it is asked.
 */
export const orderedPair = (a: string, b: string): [first: string, second: string] => (a < b ? [a, b] : [b, a]);

export const pairKey = (a: string, b: string) => orderedPair(a, b).join("|");
