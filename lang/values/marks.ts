// Value marks: flags that ride along with a value and survive into anything computed from it.

/** Bit flags for marks; combine with `|`. */
export const Mark = Object.freeze({
  None: 0,
  /** The value is sensitive: never shown, propagates through every operation. */
  Sensitive: 1,
  /** The value is ephemeral: never persisted to state or plan. */
  Ephemeral: 2,
});

/** A set of marks as bit flags. */
export type Marks = number;

/** True when `marks` includes every flag of `mark`. */
export function hasMark(marks: Marks, mark: Marks): boolean {
  return (marks & mark) === mark && mark !== 0;
}
