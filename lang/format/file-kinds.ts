// Which files `terraform fmt` looks at: native-syntax Terraform files by extension, skipping the
// editor and hidden files that Terraform's config loader ignores when it scans a directory.

/** The file name endings fmt formats, in the order Terraform checks them. */
export const FORMATTABLE_EXTENSIONS: readonly string[] = [".tf", ".tfvars", ".tftest.hcl", ".tfmock.hcl"];

/** True when fmt formats a file with this name or path. */
export function isFormattableFile(name: string): boolean {
  return FORMATTABLE_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** True for directory entries Terraform skips: hidden (`.x`), editor backups (`x~`) and emacs locks (`#x#`). */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
}
