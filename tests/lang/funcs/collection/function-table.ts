import { expect, it } from "vitest";
import { callFunction } from "../../../../lang/funcs/call.js";
import type { FunctionSpec } from "../../../../lang/funcs/function.js";
import {
  BoolType,
  DynamicPseudoType,
  NumberType,
  StringType,
  typeExprString,
  type Type,
} from "../../../../lang/types/type.js";
import { Mark } from "../../../../lang/values/marks.js";
import { BigNum } from "../../../../lang/values/number.js";
import { Value, type Refinement } from "../../../../lang/values/value.js";
import { js, toJS } from "../../../helpers/values.js";

// Table-driven tests of built-in functions: one row per call, through callFunction, with the result
// (as plain JS), its type, or the failure Terraform 1.11 reports. Expected values and messages were
// taken from `terraform console` (Terraform v1.11.4).

/** One call and what Terraform gives for it. */
export interface Row {
  readonly fn: string;
  readonly args: readonly unknown[];
  /** The result as toJS shows it. */
  readonly want?: unknown;
  /** The result's type as typeExprString writes it. */
  readonly type?: string;
  /** The failure message (Terraform's text after "Invalid value for ... parameter: " or "failed: "). */
  readonly err?: string;
  /** The argument the failure names; absent for a failure of the call as a whole. */
  readonly argIndex?: number;
  /** The refinement an unknown result carries. */
  readonly refinement?: Refinement;
  /** Any further check of the result. */
  readonly check?: (v: Value) => void;
}

/** Registers one test per row, calling the functions from `functions`. */
export function runTable(functions: ReadonlyMap<string, FunctionSpec>, rows: readonly Row[]): void {
  for (const row of rows) {
    it(`${row.fn}(${row.args.map(describe).join(", ")})`, () => checkRow(functions, row));
  }
}

function checkRow(functions: ReadonlyMap<string, FunctionSpec>, row: Row): void {
  const spec = functions.get(row.fn);
  if (!spec) throw new Error(`no function ${row.fn}`);
  const out = callFunction(row.fn, spec, row.args.map(js), { baseDir: "." });
  if (row.err !== undefined) {
    if (!("failure" in out)) throw new Error(`expected a failure, got ${describeValue(out.value)}`);
    expect({ message: out.failure.message, argIndex: out.failure.argIndex }).toEqual({ message: row.err, argIndex: row.argIndex });
    return;
  }
  if ("failure" in out) throw new Error(`unexpected failure: ${out.failure.message}`);
  if ("want" in row) expect(toJS(out.value)).toEqual(row.want);
  if (row.type !== undefined) expect(typeExprString(out.value.type)).toBe(row.type);
  if (row.refinement !== undefined) expect(out.value.refinement).toEqual(row.refinement);
  row.check?.(out.value);
}

function describe(a: unknown): string {
  if (a instanceof Value) return describeValue(a);
  if (Array.isArray(a)) return `[${a.map(describe).join(", ")}]`;
  if (a !== null && typeof a === "object") {
    return `{${Object.entries(a).map(([k, v]) => `${k} = ${describe(v)}`).join(", ")}}`;
  }
  return typeof a === "string" ? JSON.stringify(a) : String(a);
}

function describeValue(v: Value): string {
  const marks = v.isSensitive ? "sensitive " : "";
  if (!v.isKnown) return `${marks}unknown ${typeExprString(v.type)}`;
  if (v.isNull) return `${marks}null ${typeExprString(v.type)}`;
  const jsForm = toJS(v.unmark());
  return `${marks}${v.type.kind}${v.type.kind === "tuple" || v.type.kind === "object" ? "" : " "}${describe(jsForm)}`;
}

/** A known list of the given JS literals (element type from the first, or `type` when empty). */
export function list(items: readonly unknown[], type?: Type): Value {
  return Value.list(items.map(js), type);
}

/** A known set of the given JS literals. */
export function set(items: readonly unknown[], type?: Type): Value {
  return Value.set(items.map(js), type);
}

/** A known map of the given JS literals. */
export function map(entries: Record<string, unknown>, type?: Type): Value {
  return Value.map(new Map(Object.entries(entries).map(([k, v]) => [k, js(v)])), type);
}

/** A null of a type. */
export function nul(type: Type): Value {
  return Value.null(type);
}

/** An unknown of a type. */
export function unk(type: Type = DynamicPseudoType, refinement?: Refinement): Value {
  return Value.unknown(type, refinement);
}

/** The value marked sensitive. */
export function sens(x: unknown): Value {
  return js(x).mark(Mark.Sensitive);
}

/** The value marked ephemeral. */
export function eph(x: unknown): Value {
  return js(x).mark(Mark.Ephemeral);
}

/** A number parsed from its literal text, as Terraform parses `0.1` (512-bit). */
export function num(text: string): Value {
  return Value.number(BigNum.parse(text)!);
}

/** Shorthands for types. */
export const T = { str: StringType, num: NumberType, bool: BoolType, any: DynamicPseudoType } as const;
