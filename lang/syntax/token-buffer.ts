// The scanner's output: parallel typed arrays (kind, start offset, end offset) rather than one
// object per token, so scanning a large file allocates almost nothing.

/** A growable list of tokens held as parallel typed arrays; offsets are UTF-16 code units. */
export class TokenBuffer {
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.types = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Appends one token. */
  push(type: number, start: number, end: number): void {
    if (this.count === this.types.length) this.grow();
    const i = this.count++;
    this.types[i] = type;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  private grow(): void {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    this.types = types;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}
