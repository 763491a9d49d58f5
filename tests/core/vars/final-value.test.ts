import { describe, expect, it } from "vitest";
import { prepareFinalValue } from "../../../core/vars/index.js";
import type { Variable } from "../../../core/configs/model.js";
import { NativeExpression } from "../../../lang/eval/native-expression.js";
import { parseExpression } from "../../../lang/syntax/parse.js";
import { typeConstraintWithDefaults } from "../../../lang/types/type-constraint.js";
import { evaluate } from "../../../lang/eval/evaluate.js";
import { typeString } from "../../../lang/types/type-string.js";
import { Value } from "../../../lang/values/value.js";
import { toJS } from "../../helpers/values.js";
import { err, recorded } from "./expect-diags.js";

// The parts of Terraform's prepareFinalInputVariableValue that the CLI never reaches for root
// variables (its own checks come first) but that hold for any caller: a default that does not fit
// the type, and a required variable given nothing. Texts from eval_variable.go.

const DECL = { filename: "main.tf", start: { line: 1, column: 1, byte: 0 }, end: { line: 1, column: 13, byte: 12 } };

function variable(type: string, defaultSrc?: string, extra: Partial<Variable> = {}): Variable {
  const typed = typeConstraintWithDefaults(parseExpression(type, "main.tf").expr, (e) => evaluate(e, null));
  const base: Variable = { name: "x", type: typed.type, typeSet: true, sensitive: false, ephemeral: false, nullable: true, validations: [], declRange: DECL };
  const withDefaults = typed.defaults ? { ...base, typeDefaults: typed.defaults } : base;
  const def = defaultSrc === undefined ? {} : { default: new NativeExpression(parseExpression(defaultSrc, "main.tf").expr) };
  return { ...withDefaults, ...def, ...extra };
}

describe("final values", () => {
  it("reports a default that does not fit the type, with an unknown placeholder", () => {
    const { value, diagnostics } = prepareFinalValue(variable("number", '"abc"'), undefined);
    expect(recorded(diagnostics)).toEqual([
      err("Invalid default value for module argument", 'The default value for variable "x" is incompatible with its type constraint: a number is required.', "main.tf:1,1(0)-1,13(12)"),
    ]);
    expect(value.isKnown).toBe(false);
  });

  it("reports a required variable given nothing", () => {
    const { value, diagnostics } = prepareFinalValue(variable("object({ a = optional(string) })"), undefined);
    expect(recorded(diagnostics)).toEqual([err("Required variable not set", 'The variable "x" is required, but is not set.', "main.tf:1,1(0)-1,13(12)")]);
    expect(typeString(value.type)).toBe("object({\n    a: string,\n})");
  });

  it("applies optional-attribute defaults to the default and to given values, but not to null", () => {
    const v = variable('object({ a = string, b = optional(number, 7) })', '{ a = "d" }');
    expect(toJS(prepareFinalValue(v, undefined).value)).toEqual({ a: "d", b: 7 });
    const given = Value.object({ a: Value.string("g"), b: Value.null(Value.numberFrom(0).type) });
    expect(toJS(prepareFinalValue(v, { value: given, source: "cli" }).value)).toEqual({ a: "g", b: 7 });
    expect(toJS(prepareFinalValue(v, { value: Value.null(given.type), source: "cli" }).value)).toBeNull();
  });
});
