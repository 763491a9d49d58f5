// A counting semaphore: at most `limit` holders at once, the rest wait in order (how -parallelism
// bounds provider calls when one graph node plans many instances). The wait queue is read from a
// moving head, since Array.shift copies large arrays and made 50,000 waiters quadratic.

/** Bounds concurrent work. */
export class Semaphore {
  #free: number;
  #waiting: (() => void)[] = [];
  #head = 0;

  constructor(limit: number) {
    this.#free = Math.max(1, limit);
  }

  /** Runs `fn` once a slot is free, releasing the slot when it settles. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.#acquire();
    try {
      return await fn();
    } finally {
      this.#release();
    }
  }

  #acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    if (this.#head === this.#waiting.length) {
      this.#free++;
      return;
    }
    const next = this.#waiting[this.#head++]!;
    if (this.#head === this.#waiting.length) {
      this.#waiting = [];
      this.#head = 0;
    }
    next();
  }
}
