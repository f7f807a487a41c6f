// Expires in-flight attempts from one unref'd interval, so a request costs no timer of its own.

interface Ticket {
  deadline: number;
  expire: () => void;
}

/** Tracks deadlines `timeoutMs` ahead and calls `expire` for each one that passes. */
export class DeadlineSweeper {
  readonly #timeoutMs: number;
  readonly #resolutionMs: number;
  readonly #inflight = new Set<Ticket>();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    // Fire within 5% of the timeout, but never spin faster than every 10 ms.
    this.#resolutionMs = Math.min(1_000, Math.max(10, Math.floor(timeoutMs / 20)));
  }

  /** Starts the clock for one attempt. */
  track(expire: () => void): Ticket {
    const ticket = { deadline: Date.now() + this.#timeoutMs, expire };
    this.#inflight.add(ticket);
    if (this.#timer === undefined) {
      this.#timer = setInterval(() => this.#sweep(), this.#resolutionMs);
      this.#timer.unref?.();
    }
    return ticket;
  }

  /** Stops the clock for an attempt that settled. */
  release(ticket: Ticket): void {
    this.#inflight.delete(ticket);
  }

  #sweep(): void {
    const now = Date.now();
    for (const ticket of this.#inflight) {
      if (ticket.deadline > now) continue;
      this.#inflight.delete(ticket);
      ticket.expire();
    }
    if (this.#inflight.size === 0 && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
