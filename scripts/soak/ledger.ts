/** The writes the soak makes, named for what each stores (verify.ts knows where). */
export type WriteKind = "registration" | "screen" | "admission" | "assessment" | "determination" | "transfer" | "discharge";
export const writeKinds: WriteKind[] = ["registration", "screen", "admission", "assessment", "determination", "transfer", "discharge"];

/** What the soak's clients saw: the ids the hub acknowledged, and every answer that was not one. */
export interface Ledger {
  acknowledged: Record<WriteKind, Set<string>>;
  replaysChecked: number;
  replayMismatches: number;
  paymentChecks: number;
  /** Requests answered only after a retry (their first attempt met a dead replica or a lost answer). */
  retried: number;
  /** Requests that still failed after their retries. */
  errors: string[];
  latenciesMs: number[];
}

export const newLedger = (): Ledger => ({
  acknowledged: Object.fromEntries(writeKinds.map((kind) => [kind, new Set<string>()])) as Record<WriteKind, Set<string>>,
  replaysChecked: 0,
  replayMismatches: 0,
  paymentChecks: 0,
  retried: 0,
  errors: [],
  latenciesMs: [],
});
