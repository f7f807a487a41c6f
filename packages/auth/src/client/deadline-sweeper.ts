// Expires in-flight attempts from one unref'd interval, so a request costs no timer of its own.

/** An attempt with an abort signal of its own. */
interface Ticket {
  deadline: number;
  expire: () => void;
}

/** A place in a window of attempts that started close together and share one signal. */
export interface SharedDeadline {
  readonly signal: AbortSignal;
  /** True once the deadline passed with a member still waiting (the signal is then aborted). */
  readonly timedOut: boolean;
  /** This member got its answer (or failed): it no longer keeps the window alive. */
  leave(): void;
}

/** A window as the sweeper keeps it. */
interface Window extends SharedDeadline {
  timedOut: boolean;
  controller: AbortController;
  deadline: number;
  opensUntil: number;
  members: number;
  waiting: number;
}

// Below undici's 1,500 abort listeners per signal, so sharing never triggers a leak warning.
const maxMembers = 1_000;

/** Tracks deadlines `timeoutMs` ahead, for attempts of their own or in shared windows. */
export class DeadlineSweeper {
  readonly #timeoutMs: number;
  readonly #resolutionMs: number;
  readonly #inflight = new Set<Ticket>();
  readonly #windows = new Set<Window>();
  #open: Window | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    // Fire within 5% of the timeout, but never spin faster than every 10 ms.
    this.#resolutionMs = Math.min(1_000, Math.max(10, Math.floor(timeoutMs / 20)));
  }

  /** Starts the clock for one attempt with its own signal; `expire` aborts it. */
  track(expire: () => void): Ticket {
    const ticket = { deadline: Date.now() + this.#timeoutMs, expire };
    this.#inflight.add(ticket);
    this.#arm();
    return ticket;
  }

  /** Stops the clock for an attempt that settled. */
  release(ticket: Ticket): void {
    this.#inflight.delete(ticket);
  }

  /**
   * A place in the newest shared window: creating a signal costs more than the rest of an attempt,
   * so attempts that start within one sweep share it. The deadline counts from the window's
   * opening plus one sweep, so no member gets less than `timeoutMs`.
   */
  join(): SharedDeadline {
    const now = Date.now();
    let window = this.#open;
    if (!window || now >= window.opensUntil || window.members >= maxMembers) {
      const controller = new AbortController();
      const opened: Window = {
        signal: controller.signal,
        controller,
        timedOut: false,
        deadline: now + this.#timeoutMs + this.#resolutionMs,
        opensUntil: now + this.#resolutionMs,
        members: 0,
        waiting: 0,
        leave: () => {
          opened.waiting--;
        },
      };
      window = opened;
      this.#open = window;
      this.#windows.add(window);
      this.#arm();
    }
    window.members++;
    window.waiting++;
    return window;
  }

  #arm(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setInterval(() => this.#sweep(), this.#resolutionMs);
    this.#timer.unref?.();
  }

  #sweep(): void {
    const now = Date.now();
    for (const ticket of this.#inflight) {
      if (ticket.deadline > now) continue;
      this.#inflight.delete(ticket);
      ticket.expire();
    }
    for (const window of this.#windows) {
      // A closed window whose members all have their answers can never time out.
      if (window.waiting === 0 && now >= window.opensUntil) {
        this.#windows.delete(window);
        if (window === this.#open) this.#open = undefined;
        continue;
      }
      if (window.deadline > now) continue;
      this.#windows.delete(window);
      if (window === this.#open) this.#open = undefined;
      if (window.waiting > 0) {
        window.timedOut = true;
        const message = `no response within ${this.#timeoutMs} ms`;
        window.controller.abort(new DOMException(message, "TimeoutError"));
      }
    }
    if (this.#inflight.size === 0 && this.#windows.size === 0 && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }
}
