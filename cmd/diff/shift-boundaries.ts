// GNU diff's shift_boundaries (analyze.c): a run of changed lines next to an identical unchanged
// line can slide; diff slides runs to merge them with neighbouring runs, as far down as possible,
// then back up to line up with a run in the other text.

/** Change flags for one text, with a zero sentinel readable at index -1 and at the end. */
export class ChangeFlags {
  private readonly flags: Uint8Array;

  constructor(readonly length: number) {
    this.flags = new Uint8Array(length + 2);
  }

  /** Whether line i (which may be -1 or length, the sentinels) is changed. */
  get(i: number): boolean {
    return this.flags[i + 1] === 1;
  }

  /** Marks or clears line i. */
  set(i: number, changed: boolean): void {
    this.flags[i + 1] = changed ? 1 : 0;
  }
}

/** Slides runs of changes in both texts, as diff does before printing. */
export function shiftBoundaries(changed: readonly [ChangeFlags, ChangeFlags], equivs: readonly [Int32Array, Int32Array]): void {
  shiftOne(changed[0], changed[1], equivs[0]);
  shiftOne(changed[1], changed[0], equivs[1]);
}

function shiftOne(changed: ChangeFlags, other: ChangeFlags, equivs: Int32Array): void {
  const iEnd = changed.length;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < iEnd && !changed.get(i)) {
      while (other.get(j++));
      i++;
    }
    if (i === iEnd) return;
    let start = i;
    while (changed.get(++i));
    while (other.get(j)) j++;
    let runLength: number;
    let corresponding: number;
    do {
      runLength = i - start;
      while (start !== 0 && equivs[start - 1] === equivs[i - 1]) {
        changed.set(--start, true);
        changed.set(--i, false);
        while (changed.get(start - 1)) start--;
        while (other.get(--j));
      }
      corresponding = other.get(j - 1) ? i : iEnd;
      while (i !== iEnd && equivs[start] === equivs[i]) {
        changed.set(start++, false);
        changed.set(i++, true);
        while (changed.get(i)) i++;
        while (other.get(++j)) corresponding = i;
      }
    } while (runLength !== i - start);
    while (corresponding < i) {
      changed.set(--start, true);
      changed.set(--i, false);
      while (other.get(--j));
    }
  }
}
