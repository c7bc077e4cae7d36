/**
 * What `npm start` says while the hub starts: each service's phase as it reaches it (from the
 * service's IPC messages, service-kit/start-phase.ts), one line when each is ready with its time
 * since the start, and, whenever five seconds pass without a line, who is still starting and
 * at what — so that a minute-long start on a busy machine is never a silent minute.
 */
import type { StartPhase } from "@pasrr/service-kit/start-phase";

type Phase = StartPhase | "loading its code" | "waiting for the subgraphs" | "ready";
const quietMs = 5_000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(5)} s`;

export class StartProgress {
  private readonly phases = new Map<string, Phase>();
  private lastLineAt = performance.now();
  private readonly timer: NodeJS.Timeout;
  private readonly width: number;

  constructor(
    services: string[],
    private readonly write: (line: string) => void = (line) => console.log(line),
  ) {
    this.width = Math.max(...services.map((name) => name.length));
    for (const name of services) this.phases.set(name, "loading its code");
    this.timer = setInterval(() => this.heartbeat(), 1_000);
    this.timer.unref();
  }

  /** Since this process started (performance's time origin), so the first line shows what loading the script cost. */
  elapsedMs(): number {
    return performance.now();
  }

  line(text: string): void {
    this.lastLineAt = performance.now();
    this.write(`${seconds(this.elapsedMs())}  ${text}`);
  }

  /** A phase a service reported; "starting" is not printed (the heartbeat says "loading its code" until then). */
  phase(service: string, phase: Exclude<Phase, "ready">): void {
    this.phases.set(service, phase);
  }

  ready(service: string, where: string): void {
    this.phases.set(service, "ready");
    this.line(`${service.padEnd(this.width)}  ready ${where}`);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private heartbeat(): void {
    if (performance.now() - this.lastLineAt < quietMs) return;
    const byPhase = new Map<Phase, string[]>();
    for (const [name, phase] of this.phases) if (phase !== "ready") byPhase.set(phase, [...(byPhase.get(phase) ?? []), name]);
    if (byPhase.size > 0) this.line(`still starting: ${[...byPhase].map(([phase, names]) => `${names.join(", ")}: ${phase}`).join("; ")}`);
  }
}
