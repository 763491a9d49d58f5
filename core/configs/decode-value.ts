import type { BodySchema } from "../../lang/hcl/body.js";
import type { Expression } from "../../lang/hcl/expression.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { isAsciiIdentContinue, isAsciiIdentStart } from "../../lang/syntax/char-classes.js";
import { isIdentContinueCodePoint, isIdentStartCodePoint } from "../../lang/syntax/unicode-identifiers.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import { BoolType, StringType, type Type } from "../../lang/types/type.js";
import type { Value } from "../../lang/values/value.js";

// Small decoding helpers every block decoder shares: constant arguments read as Go values are read by
// gohcl.DecodeExpression (with its "Unsuitable value type" errors), hclsyntax.ValidIdentifier, and the
// relaxed schemas used for override files.

/** The detail of every "Invalid ... name" diagnostic (configs.badIdentifierDetail). */
export const BAD_IDENTIFIER_DETAIL =
  "A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.";

/** A constant argument decoded to a JS value; `value` is absent when decoding failed. */
export interface Decoded<T> {
  readonly value?: T;
  readonly diagnostics: Diagnostic[];
}

/** Reads a constant string argument (`description = "..."`), as gohcl.DecodeExpression into a string. */
export function decodeString(expr: Expression): Decoded<string> {
  const r = decodeConstant(expr, StringType);
  return r.value ? { value: r.value.asString(), diagnostics: r.diagnostics } : { diagnostics: r.diagnostics };
}

/** Reads a constant bool argument (`sensitive = true`), as gohcl.DecodeExpression into a bool. */
export function decodeBool(expr: Expression): Decoded<boolean> {
  const r = decodeConstant(expr, BoolType);
  return r.value ? { value: r.value.asBool(), diagnostics: r.diagnostics } : { diagnostics: r.diagnostics };
}

/** Evaluates without variables or functions and converts to a known, non-null value of the type. */
function decodeConstant(expr: Expression, want: Type): Decoded<Value> {
  const r = expr.value(null);
  const diagnostics = [...r.diagnostics];
  const converted = convert(r.value.unmark(), want);
  if (converted instanceof ConversionError) {
    diagnostics.push(unsuitable(formatConversionError(converted), expr));
    return { diagnostics };
  }
  if (!converted.isWhollyKnown) {
    diagnostics.push(unsuitable("value must be known", expr));
    return { diagnostics };
  }
  if (converted.isNull) {
    diagnostics.push(unsuitable("null value is not allowed", expr));
    return { diagnostics };
  }
  return { value: converted, diagnostics };
}

function unsuitable(reason: string, expr: Expression): Diagnostic {
  return errorDiag("Unsuitable value type", `Unsuitable value: ${reason}`, expr.startRange, expr.range);
}

/** hclsyntax.ValidIdentifier: a letter or underscore, then letters, digits, underscores and dashes. */
export function validIdentifier(s: string): boolean {
  const cps = [...s].map((ch) => ch.codePointAt(0)!);
  if (cps.length === 0) return false;
  const [first, ...rest] = cps;
  const start = (cp: number): boolean => (cp < 0x80 ? isAsciiIdentStart(cp) : isIdentStartCodePoint(cp));
  const cont = (cp: number): boolean => (cp < 0x80 ? isAsciiIdentContinue(cp) : isIdentContinueCodePoint(cp));
  return start(first!) && rest.every(cont);
}

/** The schema with no attribute required, as override files are decoded (configs.schemaForOverrides). */
export function schemaForOverrides(schema: BodySchema): BodySchema {
  const attributes = (schema.attributes ?? []).map((a) => ({ name: a.name }));
  return { attributes, blocks: schema.blocks ?? [] };
}
