// One timer and one abort controller per attempt, as ky does: the deadline covers the response headers.

/** The abort reason of an attempt whose deadline passed (a DOMException named TimeoutError, as fetch expects). */
class DeadlinePassed extends DOMException {}

/** Aborts `controller` because its deadline passed; a function of its own so no closure is made per attempt. */
function expire(controller: AbortController, timeoutMs: number): void {
  controller.abort(new DeadlinePassed(`no response within ${timeoutMs} ms`, "TimeoutError"));
}

/**
 * One attempt's deadline: `signal` aborts after `timeoutMs` or when the caller's `outer` signal
 * does. Call `stop()` once headers arrive (or the attempt failed), so a body read later is never cut off.
 */
export class Deadline {
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #outer: AbortSignal | undefined;
  readonly #forward: (() => void) | undefined;

  constructor(timeoutMs: number, outer: AbortSignal | undefined) {
    const controller = this.#controller;
    if (outer) {
      this.#outer = outer;
      this.#forward = () => controller.abort(outer.reason);
      if (outer.aborted) this.#forward();
      else outer.addEventListener("abort", this.#forward, { once: true });
    }
    this.#timer = setTimeout(expire, timeoutMs, controller, timeoutMs);
  }

  /** The signal to give the attempt's fetch. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True when the attempt was aborted because the deadline passed (not by the caller). */
  get passed(): boolean {
    return this.#controller.signal.reason instanceof DeadlinePassed;
  }

  /** Stops the timer and the forwarding of the caller's abort. */
  stop(): void {
    clearTimeout(this.#timer);
    if (this.#forward) this.#outer?.removeEventListener("abort", this.#forward);
  }
}
