// The best k of a stream of scored facts, without sorting them all.

/** Whether fact a (with its score) ranks ahead of fact b: a total order. */
export type Ahead = (a: number, scoreA: number, b: number, scoreB: number) => boolean;

/**
 * The best `size` facts offered, by `ahead`: a heap whose root is the worst one kept, so most offers cost
 * one comparison and make nothing.
 */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  constructor(
    private readonly size: number,
    private readonly ahead: Ahead,
  ) {}

  /** Offer a fact; whether it was kept. */
  offer(doc: number, score: number): boolean {
    const { docs, scores } = this;
    if (docs.length < this.size) {
      docs.push(doc);
      scores.push(score);
      this.up(docs.length - 1);
      return true;
    }
    if (this.size > 0 && this.ahead(doc, score, docs[0]!, scores[0]!)) {
      docs[0] = doc;
      scores[0] = score;
      this.down(0);
      return true;
    }
    return false;
  }

  /** The worst fact kept once `size` are, which an offer must be ahead of to be kept. */
  worst(): { doc: number; score: number } | undefined {
    return this.size > 0 && this.docs.length === this.size ? { doc: this.docs[0]!, score: this.scores[0]! } : undefined;
  }

  /** The facts kept, best first. */
  ranked(): Array<{ doc: number; score: number }> {
    const kept = this.docs.map((doc, i) => ({ doc, score: this.scores[i]! }));
    return kept.sort((a, b) => (this.ahead(a.doc, a.score, b.doc, b.score) ? -1 : 1));
  }

  // Whether entry i should sit below entry j (it is ahead of it): the worst is at the root.
  private below(i: number, j: number): boolean {
    return this.ahead(this.docs[i]!, this.scores[i]!, this.docs[j]!, this.scores[j]!);
  }

  // (No destructuring: in a query's cold code each swap would make an array.)
  private swap(i: number, j: number): void {
    const { docs, scores } = this;
    const doc = docs[i]!;
    const score = scores[i]!;
    docs[i] = docs[j]!;
    scores[i] = scores[j]!;
    docs[j] = doc;
    scores[j] = score;
  }

  private up(i: number): void {
    for (let parent = (i - 1) >> 1; i > 0 && this.below(parent, i); i = parent, parent = (i - 1) >> 1) this.swap(i, parent);
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      let worst = i;
      if (l < this.docs.length && this.below(worst, l)) worst = l;
      if (l + 1 < this.docs.length && this.below(worst, l + 1)) worst = l + 1;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
