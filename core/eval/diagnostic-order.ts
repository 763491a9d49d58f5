import type { Diagnostic } from "../../lang/source/diagnostics.js";

// The order Terraform shows diagnostics in (tfdiags sortDiagnostics, a stable sort): warnings before
// errors, then those without a location, then by file (fewer path segments first, then by name), start
// byte and end byte. Diagnostics tied on all of these keep the order they were found in.

/** A sorted copy of the diagnostics, in Terraform's order. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(compareDiagnostics);
}

/** Terraform's diagnostic ordering as a comparator. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.severity !== b.severity) return a.severity === "warning" ? -1 : 1;
  const sa = a.subject;
  const sb = b.subject;
  if (!sa || !sb) return sa ? 1 : sb ? -1 : 0;
  if (sa.filename !== sb.filename) {
    const depth = segments(sa.filename) - segments(sb.filename);
    if (depth !== 0) return depth;
    return sa.filename < sb.filename ? -1 : 1;
  }
  return sa.start.byte - sb.start.byte || sa.end.byte - sb.end.byte;
}

function segments(filename: string): number {
  return filename.split("/").length;
}
