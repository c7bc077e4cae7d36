/**
 * Lets a request that just committed census facts wake the relay at once, instead of the facts
 * waiting for the next poll. The relay answers it once started; a ring before that is lost
 * harmlessly (the poll finds the rows anyway).
 */
export class OutboxDoorbell {
  private listener: (() => void) | null = null;

  ring(): void {
    this.listener?.();
  }

  answer(listener: () => void): void {
    this.listener = listener;
  }
}
