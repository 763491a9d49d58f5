import type { LiteralValue } from "../../lang/syntax/ast.js";
import { BigNum } from "../../lang/values/number.js";
import { Value } from "../../lang/values/value.js";
import { compareCodePoints } from "../../lang/text/code-point-order.js";
import { hclQuote } from "./hcl-quote.js";

// Instance keys (addrs.InstanceKey): what tells apart the instances of a resource or module call that
// uses `count` (integer keys) or `for_each` (string keys). An object without either has no key, which
// these addresses write as `null` (Terraform's NoKey).

/** An integer instance key, from `count` (or a sequence-typed `for_each` in older Terraform): `[0]`. */
export class IntKey {
  /** Discriminant. */
  readonly kind = "int";

  constructor(readonly index: number) {
    if (!Number.isInteger(index)) throw new Error(`IntKey: ${index} is not an integer`);
  }

  /** `[2]`. */
  toString(): string {
    return `[${this.index}]`;
  }

  /** The key as the value of `count.index`. */
  value(): Value {
    return Value.numberFrom(this.index);
  }

  /** True when the other key is the same integer key. */
  equals(o: InstanceKey | null): boolean {
    return o instanceof IntKey && o.index === this.index;
  }
}

/** A string instance key, from `for_each`: `["eu-west-1"]`. */
export class StringKey {
  /** Discriminant. */
  readonly kind = "string";

  constructor(readonly key: string) {}

  /** `["key"]`, quoted as an HCL string literal. */
  toString(): string {
    return `[${hclQuote(this.key)}]`;
  }

  /** The key as the value of `each.key`. */
  value(): Value {
    return Value.string(this.key);
  }

  /** True when the other key is the same string key. */
  equals(o: InstanceKey | null): boolean {
    return o instanceof StringKey && o.key === this.key;
  }
}

/** An instance key: `[0]` or `["a"]`. Places that may have no key use `InstanceKey | null`. */
export type InstanceKey = IntKey | StringKey;

/** The text of a key, "" for no key (what follows the name in an address). */
export function keyString(key: InstanceKey | null): string {
  return key === null ? "" : key.toString();
}

/** True when both are no key or the same key. */
export function keysEqual(a: InstanceKey | null, b: InstanceKey | null): boolean {
  return a === null ? b === null : a.equals(b);
}

/** Terraform's InstanceKeyLess as a comparator: no key first, then integer keys by value, then string keys by code point. */
export function compareInstanceKeys(a: InstanceKey | null, b: InstanceKey | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === "int" ? -1 : 1;
  if (a instanceof IntKey) return a.index - (b as IntKey).index;
  return compareCodePoints(a.key, (b as StringKey).key);
}

/** The message gocty gives for a number that is not a whole int64 (Terraform repeats it in several errors). */
export const WHOLE_NUMBER_ERROR = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
const TYPE_ERROR = "either a string or an integer is required";

/** The outcome of reading an instance key: the key, or Terraform's reason why it is not one. */
export type KeyParse = { readonly key: InstanceKey } | { readonly error: string };

/** Reads the literal of an index step as an instance key (addrs.ParseInstanceKey). */
export function instanceKeyFromLiteral(lit: LiteralValue): KeyParse {
  if (lit.kind === "string") return { key: new StringKey(lit.value) };
  if (lit.kind !== "number") return { error: TYPE_ERROR };
  return intKeyFromNumber(BigNum.parse(lit.text));
}

/** Reads a number as an integer instance key: whole and within int64, as gocty requires. */
export function intKeyFromNumber(n: BigNum | undefined): KeyParse {
  const i = n?.toInt64();
  return i === undefined ? { error: WHOLE_NUMBER_ERROR } : { key: new IntKey(Number(i)) };
}
