/**
 * Polls `probe` until it returns a value (anything but undefined, null or false) and returns it;
 * fails after `timeoutMs` naming what it waited for and the last value seen. For asynchronous
 * effects (the census feed's relay) a test waits for the condition, never for a fixed time.
 */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    last = value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
