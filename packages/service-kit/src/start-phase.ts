/**
 * What a service is doing while it starts, told to whoever started it as a process (`npm start`,
 * over the IPC channel it opened), so that a start taking a minute on a busy machine is never a
 * silent minute. Services started inside another process (tests, the benchmark) tell no one:
 * only `runAsProcess` connects the channel.
 */
export type StartPhase = "starting" | "opening its database" | "migrating its database" | "seeding demo data" | "starting GraphQL";

export interface StartPhaseMessage {
  startPhase: StartPhase;
}

let sink: ((phase: StartPhase) => void) | undefined;

/** Sends every later phase to `send` (the process's IPC channel). */
export function reportStartPhasesTo(send: (message: StartPhaseMessage) => void): void {
  sink = (phase) => send({ startPhase: phase });
}

export function reportStartPhase(phase: StartPhase): void {
  sink?.(phase);
}

export const isStartPhaseMessage = (message: unknown): message is StartPhaseMessage =>
  typeof message === "object" && message !== null && typeof (message as { startPhase?: unknown }).startPhase === "string";
