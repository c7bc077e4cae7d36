/**
 * What a log line may say about an unexpected error: its class, its code and where it was thrown.
 * Never its message: a database driver's message can quote the values of the row it refused
 * (a person's name, an SSN), and the first line of a stack repeats the message.
 */
export function loggableError(error: unknown): { name: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack
    ?.split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join("\n");
  return { name: error.name, ...(typeof code === "string" ? { code } : {}), ...(frames ? { stack: frames } : {}) };
}
