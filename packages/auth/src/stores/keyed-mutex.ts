// An in-process lock per key: callers queue and run one at a time.

/** Runs `fn` after every earlier holder of `key` has finished. */
export type KeyedMutex = <T>(key: string, fn: () => Promise<T>) => Promise<T>;

/** Creates a keyed FIFO mutex; a failing holder does not block the next. */
export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<void>>();
  return async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
