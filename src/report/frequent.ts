/**
 * The most frequent texts of a stream in bounded memory: lossy counting (Manku & Motwani, 2002). The
 * stream is cut into buckets of `bucketWidth` items; at each bucket's end, texts seen too rarely to
 * matter are forgotten. A text seen in more than 1/bucketWidth of the stream is always kept, and its
 * count is short by at most one per bucket it missed before it was first kept (`error`); below
 * `bucketWidth` items every count is exact.
 */
export interface FrequentText<T> {
  text: string;
  count: number;
  /** How much `count` may fall short of the true count (0 when exact). */
  error: number;
  examples: T[];
}

export class FrequentTexts<T> {
  private readonly entries = new Map<string, FrequentText<T>>();
  private seen = 0;

  constructor(
    private readonly bucketWidth: number,
    private readonly maxExamples: number,
  ) {}

  /** Counts `text` under `key` (its matching form), keeping the first examples (made only when kept). */
  add(key: string, text: string, example: () => T): void {
    this.seen++;
    const bucket = Math.ceil(this.seen / this.bucketWidth);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { text, count: 0, error: bucket - 1, examples: [] };
      this.entries.set(key, entry);
    }
    entry.count++;
    if (entry.examples.length < this.maxExamples) entry.examples.push(example());
    if (this.seen % this.bucketWidth === 0) {
      for (const [k, e] of this.entries) if (e.count + e.error <= bucket) this.entries.delete(k);
    }
  }

  /** The `n` most frequent texts seen at least `min` times, most frequent first. */
  top(n: number, min: number): FrequentText<T>[] {
    return [...this.entries.values()]
      .filter((e) => e.count >= min)
      .sort((a, b) => b.count - a.count)
      .slice(0, n);
  }
}
