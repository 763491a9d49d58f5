// The core of GNU diff (gnulib diffseq.h): Myers' O(ND) search for the middle snake of the
// shortest edit script, recursing on both halves. The order in which diagonals are tried decides
// which of several shortest scripts comes out, so the loops follow diffseq.h exactly. Inputs are
// equivalence-class vectors; results are flags on the lines that are deleted or inserted.

const SNAKE_LIMIT = 20;

/** The two sequences being compared and where to record changes (by index into the sequences). */
export interface SeqContext {
  readonly xv: Int32Array;
  readonly yv: Int32Array;
  readonly noteDelete: (x: number) => void;
  readonly noteInsert: (y: number) => void;
}

interface Partition {
  xmid: number;
  ymid: number;
  loMinimal: boolean;
  hiMinimal: boolean;
}

/** Marks a shortest set of deletions and insertions that turns xv into yv. */
export function compareSequences(ctx: SeqContext): void {
  const n = ctx.xv.length + ctx.yv.length + 3;
  let tooExpensive = 1;
  for (let d = n; d !== 0; d >>= 2) tooExpensive <<= 1;
  const search = new Search(ctx, Math.max(4096, tooExpensive), ctx.yv.length + 1, n);
  search.compare(0, ctx.xv.length, 0, ctx.yv.length, false);
}

class Search {
  private readonly fd: Int32Array;
  private readonly bd: Int32Array;

  constructor(
    private readonly ctx: SeqContext,
    private readonly tooExpensive: number,
    private readonly offset: number,
    size: number,
  ) {
    this.fd = new Int32Array(size);
    this.bd = new Int32Array(size);
  }

  compare(xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): void {
    const { xv, yv } = this.ctx;
    while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) xoff++, yoff++;
    while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) xlim--, ylim--;
    if (xoff === xlim) {
      while (yoff < ylim) this.ctx.noteInsert(yoff++);
    } else if (yoff === ylim) {
      while (xoff < xlim) this.ctx.noteDelete(xoff++);
    } else {
      const part = this.diag(xoff, xlim, yoff, ylim, minimal);
      this.compare(xoff, part.xmid, yoff, part.ymid, part.loMinimal);
      this.compare(part.xmid, xlim, part.ymid, ylim, part.hiMinimal);
    }
  }

  /** Finds the midpoint of the shortest edit script for the given sub-sequences. */
  private diag(xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean): Partition {
    const { xv, yv } = this.ctx;
    const fd = this.fd;
    const bd = this.bd;
    const o = this.offset;
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    const odd = ((fmid - bmid) & 1) !== 0;
    fd[o + fmid] = xoff;
    bd[o + bmid] = xlim;
    for (let c = 1; ; c++) {
      if (fmin > dmin) fd[o + --fmin - 1] = -1;
      else ++fmin;
      if (fmax < dmax) fd[o + ++fmax + 1] = -1;
      else --fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fd[o + d - 1];
        const thi = fd[o + d + 1];
        let x = tlo < thi ? thi : tlo + 1;
        let y = x - d;
        while (x < xlim && y < ylim && xv[x] === yv[y]) x++, y++;
        fd[o + d] = x;
        if (odd && bmin <= d && d <= bmax && bd[o + d] <= x) return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
      }
      if (bmin > dmin) bd[o + --bmin - 1] = 0x7fffffff;
      else ++bmin;
      if (bmax < dmax) bd[o + ++bmax + 1] = 0x7fffffff;
      else --bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bd[o + d - 1];
        const thi = bd[o + d + 1];
        let x = tlo < thi ? tlo : thi - 1;
        let y = x - d;
        while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) x--, y--;
        bd[o + d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd[o + d]) return { xmid: x, ymid: y, loMinimal: true, hiMinimal: true };
      }
      if (!minimal && c >= this.tooExpensive) return this.giveUp(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax);
    }
  }

  /** The too-expensive heuristic: the better of the furthest forward and backward reaches. */
  private giveUp(xoff: number, xlim: number, yoff: number, ylim: number, fmin: number, fmax: number, bmin: number, bmax: number): Partition {
    const o = this.offset;
    let fxybest = -1;
    let fxbest = 0;
    for (let d = fmax; d >= fmin; d -= 2) {
      let x = Math.min(this.fd[o + d], xlim);
      let y = x - d;
      if (ylim < y) (x = ylim + d), (y = ylim);
      if (fxybest < x + y) (fxybest = x + y), (fxbest = x);
    }
    let bxybest = 0x7fffffff;
    let bxbest = 0;
    for (let d = bmax; d >= bmin; d -= 2) {
      let x = Math.max(xoff, this.bd[o + d]);
      let y = x - d;
      if (y < yoff) (x = yoff + d), (y = yoff);
      if (x + y < bxybest) (bxybest = x + y), (bxbest = x);
    }
    if (xlim + ylim - bxybest < fxybest - (xoff + yoff)) return { xmid: fxbest, ymid: fxybest - fxbest, loMinimal: true, hiMinimal: false };
    return { xmid: bxbest, ymid: bxybest - bxbest, loMinimal: false, hiMinimal: true };
  }
}
