// GNU diff's discard_confusing_lines (analyze.c): lines with no match in the other text are
// changes for certain and are hidden from the main comparison; lines matching very many others
// are hidden too when they sit inside a run of such certain changes. This shapes which of several
// equally short edit scripts diff prints, so it is reproduced step for step.

const NONE = 0;
const CERTAIN = 1;
const PROVISIONAL = 2;

/** Per text: which analysed lines are discarded (1) and so marked changed up front. */
export function discardConfusingLines(equivs: readonly [Int32Array, Int32Array]): [Uint8Array, Uint8Array] {
  const counts = [countClasses(equivs[0]), countClasses(equivs[1])];
  const discards: [Uint8Array, Uint8Array] = [
    markDiscardable(equivs[0], counts[1]),
    markDiscardable(equivs[1], counts[0]),
  ];
  for (const d of discards) settleProvisionals(d);
  return discards;
}

function countClasses(equivs: Int32Array): Map<number, number> {
  const m = new Map<number, number>();
  for (const e of equivs) m.set(e, (m.get(e) ?? 0) + 1);
  return m;
}

function markDiscardable(equivs: Int32Array, otherCounts: Map<number, number>): Uint8Array {
  const end = equivs.length;
  let many = 5;
  for (let tem = Math.floor(end / 64); (tem = tem >> 2) > 0; ) many *= 2;
  const out = new Uint8Array(end);
  for (let i = 0; i < end; i++) {
    const nmatch = otherCounts.get(equivs[i]) ?? 0;
    if (nmatch === 0) out[i] = CERTAIN;
    else if (nmatch > many) out[i] = PROVISIONAL;
  }
  return out;
}

/** Keeps provisional discards only inside runs of discards that start and end with certain ones. */
function settleProvisionals(discards: Uint8Array): void {
  const end = discards.length;
  for (let i = 0; i < end; i++) {
    if (discards[i] === PROVISIONAL) discards[i] = NONE;
    else if (discards[i] !== NONE) i = settleRun(discards, i);
  }
}

/** Handles the run of discardable lines starting at `i`; returns the index of its last line. */
function settleRun(discards: Uint8Array, i: number): number {
  let j = i;
  let provisional = 0;
  for (; j < discards.length && discards[j] !== NONE; j++) if (discards[j] === PROVISIONAL) provisional++;
  while (j > i && discards[j - 1] === PROVISIONAL) {
    discards[--j] = NONE;
    provisional--;
  }
  const length = j - i;
  if (provisional * 4 > length) {
    while (j > i) if (discards[--j] === PROVISIONAL) discards[j] = NONE;
    return i;
  }
  cancelLongSubruns(discards, i, length);
  cancelNearEnds(discards, length, (k) => i + k);
  cancelNearEnds(discards, length, (k) => i + length - 1 - k);
  return i + length - 1;
}

function cancelLongSubruns(discards: Uint8Array, i: number, length: number): void {
  let minimum = 1;
  for (let tem = length >> 2; (tem >>= 2) > 0; ) minimum <<= 1;
  minimum++;
  for (let j = 0, consec = 0; j < length; j++) {
    if (discards[i + j] !== PROVISIONAL) consec = 0;
    else if (minimum === ++consec) j -= consec;
    else if (minimum < consec) discards[i + j] = NONE;
  }
}

/** From one end of a run, cancels provisionals until three certain discards in a row (or 8 lines in). */
function cancelNearEnds(discards: Uint8Array, length: number, at: (k: number) => number): void {
  for (let j = 0, consec = 0; j < length; j++) {
    const k = at(j);
    if (j >= 8 && discards[k] === CERTAIN) break;
    if (discards[k] === PROVISIONAL) {
      consec = 0;
      discards[k] = NONE;
    } else if (discards[k] === NONE) consec = 0;
    else consec++;
    if (consec === 3) break;
  }
}
