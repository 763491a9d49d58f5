// `terraform fmt` for Terrane: the canonical layout of native-syntax files, token by token as
// hashicorp/hcl's hclwrite lays them out, plus the rewrites Terraform's fmt command adds
// (interpolation unwrapping, legacy variable types, quoted block labels).

export { formatSource, type FormatResult } from "./format-source.js";
export { FORMATTABLE_EXTENSIONS, isFormattableFile, isIgnoredFile } from "./file-kinds.js";
