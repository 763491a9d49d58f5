import { expect } from "vitest";
import { callFunction } from "../../../../lang/funcs/call.js";
import type { FuncContext, FunctionSpec } from "../../../../lang/funcs/function.js";
import { typeExprString } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { StringType } from "../../../../lang/types/type.js";
import { js, toJS } from "../../../helpers/values.js";

// A table-driven harness for built-in function tests: one row per call, expected results taken from
// what Terraform 1.11 printed for the same call.

/** One call and what it should give. */
export interface Row {
  /** Function name (looked up in the group's map). */
  readonly fn: string;
  /** Arguments: JS literals (via js()) or Values. */
  readonly args: readonly unknown[];
  /** The expected result as toJS gives it. */
  readonly want?: unknown;
  /** The expected result type, as typeExprString writes it. */
  readonly type?: string;
  /** The expected error message (what Terraform prints after "...failed: " or "...parameter: ", without the final "."). */
  readonly error?: string;
  /** The argument the error is about (undefined: the call as a whole). */
  readonly argIndex?: number;
  /** A short note shown in the test name. */
  readonly note?: string;
}

/** A sensitive string argument. */
export function sensitive(x: unknown): Value {
  return js(x).mark(Mark.Sensitive);
}

/** An unknown string argument (optionally with a known prefix). */
export function unknownString(prefix?: string): Value {
  return Value.unknown(StringType, prefix === undefined ? undefined : { notNull: true, stringPrefix: prefix });
}

/** A test name for a row. */
export function rowName(r: Row): string {
  const describe = (a: unknown): string => `<${a instanceof Value && !a.isKnown ? "unknown" : a instanceof Value && a.isSensitive ? "sensitive" : "value"}>`;
  const replacer = (_k: string, v: unknown): unknown => (v instanceof Value ? describe(v) : v);
  const args = r.args.map((a) => (a instanceof Value ? describe(a) : JSON.stringify(a, replacer)));
  const text = `${r.fn}(${args.join(", ")})`;
  return (r.note ? `${r.note}: ` : "") + (text.length > 110 ? text.slice(0, 107) + "..." : text);
}

/** Runs one row against a function map and checks the outcome. */
export function checkRow(funcs: ReadonlyMap<string, FunctionSpec>, r: Row, ctx: FuncContext): Value | undefined {
  const spec = funcs.get(r.fn);
  if (!spec) throw new Error(`no function ${r.fn}`);
  const outcome = callFunction(r.fn, spec, r.args.map(js), ctx);
  if (r.error !== undefined) {
    expect("failure" in outcome ? outcome.failure.message : toJS((outcome as { value: Value }).value)).toBe(r.error);
    if ("failure" in outcome) expect(outcome.failure.argIndex).toBe(r.argIndex);
    return undefined;
  }
  if ("failure" in outcome) throw new Error(`unexpected failure: ${outcome.failure.message}`);
  if ("want" in r) expect(toJS(outcome.value)).toEqual(r.want);
  if (r.type !== undefined) expect(typeExprString(outcome.value.type)).toBe(r.type);
  return outcome.value;
}
