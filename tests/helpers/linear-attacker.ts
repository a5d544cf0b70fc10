/**
 * The subtraction attacker of the small-group tests: every figure shown as a number, in any answer, is
 * an equation "the sum of these groups = n". A group (or sum of groups) can be worked out exactly when
 * its indicator lies in the span of those equations — whatever differences, sums or chains of answers a
 * person lines up. Gaussian elimination over small integer rows; floats with a tolerance suffice here.
 */
export class LinearAttacker {
  /** Rows in reduced echelon form, each with its pivot column (zero in every other row). */
  private readonly basis: { row: number[]; pivot: number }[] = [];
  constructor(private readonly atoms: readonly string[]) {}

  private vector(set: Iterable<string>): number[] {
    const v = this.atoms.map(() => 0);
    for (const a of set) {
      const i = this.atoms.indexOf(a);
      if (i < 0) throw new Error(`unknown group ${a}`);
      v[i] = 1;
    }
    return v;
  }

  /** Reduces v by the basis; what is left is the part no known figure explains. */
  private reduce(v: number[]): number[] {
    const r = [...v];
    for (const { row, pivot } of this.basis) {
      if (Math.abs(r[pivot]!) > 1e-9) {
        const f = r[pivot]! / row[pivot]!;
        for (let i = 0; i < r.length; i++) r[i]! -= f * row[i]!;
      }
    }
    return r;
  }

  /** Learns that the groups in `set` sum to a shown number. */
  learn(set: Iterable<string>): void {
    const r = this.reduce(this.vector(set));
    if (r.some((x) => Math.abs(x) > 1e-9)) {
      const pivot = r.findIndex((x) => Math.abs(x) > 1e-9);
      // keep the basis in echelon form: clear the new pivot from the rows already there
      for (const { row } of this.basis) {
        if (Math.abs(row[pivot]!) > 1e-9) {
          const f = row[pivot]! / r[pivot]!;
          for (let i = 0; i < row.length; i++) row[i]! -= f * r[i]!;
        }
      }
      this.basis.push({ row: r, pivot });
    }
  }

  /** Whether the sum of these groups follows exactly from what was learnt. */
  knows(set: Iterable<string>): boolean {
    return this.reduce(this.vector(set)).every((x) => Math.abs(x) < 1e-9);
  }
}
