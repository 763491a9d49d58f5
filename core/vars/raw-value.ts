import { evaluate } from "../../lang/eval/evaluate.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import type { Range } from "../../lang/source/range.js";
import { parseExpression } from "../../lang/syntax/parse.js";
import { isPrimitive } from "../../lang/types/type.js";
import { DynamicVal, Value } from "../../lang/values/value.js";
import type { Variable } from "../configs/model.js";

// A value given for a root module variable before it is interpreted (Terraform's
// UnparsedVariableValue), and its interpretation (Terraform's InputValue): strings from the
// environment, the command line or a prompt are parsed according to the variable's parsing mode,
// expressions from .tfvars files are evaluated without variables or functions.

/** Where a value came from (Terraform's ValueSourceType), which decides the wording of its errors. */
export type ValueSource = "env" | "auto-file" | "named-file" | "cli" | "input";

/** A value given as text: `TF_VAR_name`, `-var name=...` or an answer to a prompt. */
export interface RawStringValue {
  readonly kind: "string";
  readonly text: string;
  readonly source: "env" | "cli" | "input";
}

/** A value given as an attribute of a .tfvars or .tfvars.json file. */
export interface RawExpressionValue {
  readonly kind: "expression";
  readonly expr: Expression;
  readonly source: "auto-file" | "named-file";
}

/** A value given for a root variable, not yet parsed or converted. */
export type RawValue = RawStringValue | RawExpressionValue;

/** How text values are read: taken literally as a string, or parsed as an HCL expression. */
export type ParsingMode = "literal" | "hcl";

/** A raw value after parsing (Terraform's InputValue): not yet converted to the variable's type. */
export interface InputValue {
  readonly value: Value;
  readonly source: ValueSource;
  /** Where the value was written, for values from files. */
  readonly sourceRange?: Range;
}

/**
 * The parsing mode Terraform gives a variable (configs.decodeVariableType): literal when no type is
 * given or the type is a primitive, HCL for every other type (`any` and `list` included).
 */
export function parsingMode(variable: Variable): ParsingMode {
  return !variable.typeSet || isPrimitive(variable.type) ? "literal" : "hcl";
}

/** Parses a raw value as Terraform's ParseVariableValue does; `value` is absent when there were errors. */
export function parseRawValue(name: string, raw: RawValue, mode: ParsingMode): { value?: InputValue; diagnostics: Diagnostic[] } {
  if (raw.kind === "expression") {
    const r = raw.expr.value(null);
    const value: InputValue = { value: r.value, source: raw.source, sourceRange: raw.expr.range };
    return hasErrors(r.diagnostics) ? { diagnostics: r.diagnostics } : { value, diagnostics: r.diagnostics };
  }
  const r = parseText(name, raw.text, mode);
  return hasErrors(r.diagnostics) ? { diagnostics: r.diagnostics } : { value: { value: r.value, source: raw.source }, diagnostics: r.diagnostics };
}

/** VariableParsingMode.Parse: the text as a string, or as an expression in a synthetic file `<value for var.NAME>`. */
export function parseText(name: string, text: string, mode: ParsingMode): { value: Value; diagnostics: Diagnostic[] } {
  if (mode === "literal") return { value: Value.string(text), diagnostics: [] };
  const parsed = parseExpression(text, `<value for var.${name}>`);
  if (hasErrors(parsed.diagnostics)) return { value: DynamicVal, diagnostics: parsed.diagnostics };
  const r = evaluate(parsed.expr, null);
  return { value: r.value, diagnostics: [...parsed.diagnostics, ...r.diagnostics] };
}
