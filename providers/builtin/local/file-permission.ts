import type { ProviderDiagnostic } from "../../provider.js";
import { providerError } from "../kit/index.js";
import { attr, type AttributeCheck } from "./plugin-framework.js";

// hashicorp/local's file permission type (localtypes.FilePermissionType): a string of three or four
// octal digits up to 0777, checked when the configuration is validated; and the mode it gives.

/** The permission type's validation of attribute `name`. */
export const filePermission: AttributeCheck = (config, name) => {
  const v = attr(config, name);
  if (v.isNull || !v.isKnown) return [];
  return checkPermission(v.asString(), name);
};

function checkPermission(fp: string, name: string): ProviderDiagnostic[] {
  const summary = "Invalid File Permission String Value";
  // Lengths are in bytes, as Go's len() counts them.
  const length = Buffer.byteLength(fp, "utf8");
  if (length < 3 || length > 4) return [providerError(summary, `bad mode permission: string length should be 3 or 4 digits: ${fp}`, name)];
  const mode = parseOctal(fp);
  if (mode === undefined || mode > 0o777 || mode < 0) {
    return [providerError(summary, `bad mode permission: string must be expressed in octal numeric notation: ${fp}`, name)];
  }
  return [];
}

/** strconv.ParseInt(s, 8, 64): an optional sign and octal digits; undefined when it does not parse. */
export function parseOctal(s: string): number | undefined {
  if (!/^[+-]?[0-7]+$/.test(s)) return undefined;
  return parseInt(s, 8);
}

/** The mode a permission string gives (0 when it does not parse, as the provider ignores the error). */
export function modeOf(permission: string): number {
  return parseOctal(permission) ?? 0;
}
