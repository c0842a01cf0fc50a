import type { Tx } from '../../db/database.js';

/**
 * A merge is a redirect, not a rewrite: every statement keeps the actor it was made about (its
 * base actor), and the merges in force say which visible actor each base actor is seen as. Undoing
 * a merge drops its redirect and the same rule puts every statement back where it belongs.
 */
export class Redirects {
  private constructor(private readonly survivorOf: ReadonlyMap<string, string>) {}

  static readonly NONE = new Redirects(new Map());

  static of(pairs: Iterable<readonly [absorbedId: string, survivorId: string]>): Redirects {
    return new Redirects(new Map(pairs));
  }

  /** The merges in force, as the transaction sees them. */
  static async load(tx: Tx): Promise<Redirects> {
    const rows = await tx.run<{ absorbedId: string; survivorId: string }>('resolution/active-merges');
    return Redirects.of(rows.map((row) => [row.absorbedId, row.survivorId] as const));
  }

  /** Whether a merge in force absorbed this id. */
  absorbed(id: string): boolean {
    return this.survivorOf.has(id);
  }

  /** The visible actor a base actor is seen as: its survivor, followed through chained merges. */
  resolve(id: string): string {
    const seen = new Set<string>();
    let current = id;
    for (let next = this.survivorOf.get(current); next !== undefined && !seen.has(current); next = this.survivorOf.get(current)) {
      seen.add(current);
      current = next;
    }
    return current;
  }

  with(absorbedId: string, survivorId: string): Redirects {
    return new Redirects(new Map([...this.survivorOf, [absorbedId, survivorId]]));
  }

  without(absorbedId: string): Redirects {
    const rest = new Map(this.survivorOf);
    rest.delete(absorbedId);
    return new Redirects(rest);
  }
}
