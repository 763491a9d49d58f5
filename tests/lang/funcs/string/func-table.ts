import { expect, it } from "vitest";
import { callFunction } from "../../../../lang/funcs/call.js";
import type { FunctionSpec } from "../../../../lang/funcs/function.js";
import { typeExprString } from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { Value } from "../../../../lang/values/value.js";
import { js, toJS } from "../../../helpers/values.js";

// Table-driven function tests: each row is one call through callFunction (so argument conversion and
// unknown, null and sensitive handling happen as for users) with the value or error Terraform gave.

/** One call and what Terraform v1.11.4 answered. */
export interface FuncRow {
  readonly fn: string;
  /** JS literals (see js()) or Values. */
  readonly args: readonly unknown[];
  /** The expected result in toJS form. */
  readonly want?: unknown;
  /** The expected result type as typeExprString writes it, where the shape matters. */
  readonly type?: string;
  /** The expected error message (Terraform's text after `parameter: ` or `failed: `). */
  readonly error?: string;
  /** The argument an error is reported against; absent for a call-level error. */
  readonly argIndex?: number;
}

/** A sensitive value. */
export function sensitive(x: unknown): Value {
  return js(x).mark(Mark.Sensitive);
}

/** Runs every row as its own test. */
export function runTable(functions: ReadonlyMap<string, FunctionSpec>, rows: readonly FuncRow[]): void {
  it.each(rows.map((r) => [label(r), r] as const))("%s", (_, row) => {
    const spec = functions.get(row.fn);
    if (!spec) throw new Error(`no function ${row.fn}`);
    const outcome = callFunction(row.fn, spec, row.args.map(js), { baseDir: "." });
    if (row.error !== undefined) {
      if (!("failure" in outcome)) throw new Error(`expected an error, got ${JSON.stringify(toJS(outcome.value))}`);
      const { message, argIndex } = outcome.failure;
      expect({ message, argIndex }).toEqual({ message: row.error, argIndex: row.argIndex });
      return;
    }
    if ("failure" in outcome) throw new Error(`unexpected failure: ${outcome.failure.message}`);
    expect(toJS(outcome.value)).toEqual(row.want);
    if (row.type !== undefined) expect(typeExprString(outcome.value.type)).toBe(row.type);
  });
}

function label(r: FuncRow): string {
  return `${r.fn}(${r.args.map(show).join(", ")})`;
}

/** Short text for an argument in a test name. */
function show(a: unknown): string {
  if (a instanceof Value) return `<${typeExprString(a.type)}${describe(a)}>`;
  if (Array.isArray(a)) return `[${a.map(show).join(", ")}]`;
  if (a !== null && typeof a === "object") {
    return `{${Object.entries(a as Record<string, unknown>).map(([k, v]) => `${k}=${show(v)}`).join(", ")}}`;
  }
  return JSON.stringify(a) ?? String(a);
}

function describe(v: Value): string {
  if (!v.isKnown) return " unknown";
  if (v.isNull) return " null";
  const text = JSON.stringify(toJS(v.unmark()), (_, x: unknown) => (typeof x === "bigint" ? String(x) : x));
  return v.isSensitive ? ` sensitive ${text}` : ` ${text}`;
}
