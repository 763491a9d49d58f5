import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { ConversionError, convert, formatConversionError } from "../../lang/types/convert.js";
import type { VariableDecl } from "./file-contents.js";

/**
 * Merges an override file's variable block into the base declaration (configs.Variable.merge): what
 * the override sets replaces the base's, and the default is converted again in case the type or the
 * default changed, with an error that says which of the two broke it.
 */
export function mergeVariable(v: VariableDecl, ov: VariableDecl): Diagnostic[] {
  if (ov.descriptionSet) Object.assign(v, { description: ov.description, descriptionSet: true });
  if (ov.sensitiveSet) Object.assign(v, { sensitive: ov.sensitive, sensitiveSet: true });
  if (ov.ephemeralSet) Object.assign(v, { ephemeral: ov.ephemeral, ephemeralSet: true });
  if (ov.default) Object.assign(v, { default: ov.default, defaultValue: ov.defaultValue });
  if (ov.type) {
    v.type = ov.type;
    v.typeSet = true;
    if (ov.typeDefaults) v.typeDefaults = ov.typeDefaults;
    else delete v.typeDefaults;
  }
  if (ov.nullableSet) Object.assign(v, { nullable: ov.nullable, nullableSet: true });
  if (!v.defaultValue || !v.type) return [];
  const diagnostics: Diagnostic[] = [];
  const converted = convert(v.defaultValue, v.type);
  if (converted instanceof ConversionError) {
    diagnostics.push(errorDiag("Invalid default value for variable", conversionDetail(ov, formatConversionError(converted)), ov.declRange));
  } else {
    v.defaultValue = converted;
  }
  if (!v.nullable && v.defaultValue.isNull) {
    diagnostics.push(errorDiag("Invalid default value for variable", "A null default value is not valid when nullable=false.", ov.declRange));
  }
  return diagnostics;
}

function conversionDetail(ov: VariableDecl, err: string): string {
  if (ov.type && !ov.default) return `Overriding this variable's type constraint has made its default value invalid: ${err}.`;
  if (!ov.type && ov.default) return `The overridden default value for this variable is not compatible with the variable's type constraint: ${err}.`;
  return `This variable's default value is not compatible with its type constraint: ${err}.`;
}
