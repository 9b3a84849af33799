/**
 * Sign-in attempt counters, in memory only: nothing about who tried is ever
 * written down. Keys are an account's e-mail and a salted hash of the address
 * (made in the HTTP server), so the raw address never reaches this module.
 */
export class FailureCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: () => number,
    private readonly windowMs: () => number,
  ) {}

  private recent(key: string, now: number): number[] {
    const cutoff = now - this.windowMs();
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  isBlocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.limit();
  }

  /** How long until the key may go again: 0 when it is not blocked now. */
  waitMs(key: string, now = Date.now()): number {
    const kept = this.recent(key, now);
    const over = kept.length - this.limit();
    if (over < 0) return 0;
    // The key may go again once enough of its oldest events have left the window.
    return Math.max(0, kept[over] + this.windowMs() - now);
  }

  recordFailure(key: string, now = Date.now()) {
    const kept = this.recent(key, now);
    kept.push(now);
    this.failures.set(key, kept);
    this.sweep(now);
  }

  clear(key: string) {
    this.failures.delete(key);
  }

  /** Keeps memory bounded under a spray of different keys. */
  private sweep(now: number) {
    if (this.failures.size < 10_000) return;
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
