import { expect, it } from "vitest";
import { callFunction } from "../../../../lang/funcs/call.js";
import type { FuncContext, FunctionSpec } from "../../../../lang/funcs/function.js";
import { js, toJS } from "../../../helpers/values.js";

/** One table row: a call and either its expected result (as toJS gives it) or its expected failure. */
export interface FuncRow {
  readonly args: readonly unknown[];
  readonly want?: unknown;
  /** Terraform's message for the failure (the MESSAGE in "...: MESSAGE."). */
  readonly error?: string;
  /** The argument the failure is about; absent for "Call to function failed" errors. */
  readonly argIndex?: number;
  readonly kind?: "arity" | "arg" | "call";
  readonly ctx?: Partial<FuncContext>;
}

/** Declares one vitest case per row, calling `name` from `functions` through callFunction. */
export function runTable(functions: ReadonlyMap<string, FunctionSpec>, name: string, rows: readonly FuncRow[]): void {
  const spec = functions.get(name);
  it.each(rows.map((row) => [label(name, row), row] as const))("%s", (_label, row) => {
    const ctx: FuncContext = { baseDir: ".", ...row.ctx };
    const outcome = callFunction(name, spec!, row.args.map(js), ctx);
    if (row.error === undefined) {
      expect("failure" in outcome ? outcome.failure : undefined).toBeUndefined();
      if ("value" in outcome) expect(toJS(outcome.value)).toEqual(row.want);
      return;
    }
    expect("failure" in outcome).toBe(true);
    if (!("failure" in outcome)) return;
    const kind = row.kind ?? (row.argIndex === undefined ? "call" : "arg");
    expect(outcome.failure).toEqual({ kind, message: row.error, ...(row.argIndex === undefined ? {} : { argIndex: row.argIndex }) });
  });
}

function label(name: string, row: FuncRow): string {
  const args = row.args.map((a) => (typeof a === "bigint" ? `${a}` : typeof a === "object" && a !== null ? "<value>" : JSON.stringify(a)));
  return `${name}(${args.join(", ")})`;
}
