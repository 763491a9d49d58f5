import type { Range } from "./range.js";

/** How bad a diagnostic is. */
export type Severity = "error" | "warning";

/**
 * A problem found in user input. Returned, never thrown: `summary` is short, `detail` explains,
 * `subject` is exactly the bad construct and `context` the construct around it.
 */
export interface Diagnostic {
  readonly severity: Severity;
  readonly summary: string;
  readonly detail?: string;
  readonly subject?: Range;
  readonly context?: Range;
  /** The object the problem is about (`aws_instance.web[0]`), shown as Terraform's "with ..." line. */
  readonly address?: string;
}

/** A list of diagnostics as passed between layers. */
export type Diagnostics = Diagnostic[];

/** Builds an error diagnostic. */
export function errorDiag(summary: string, detail?: string, subject?: Range, context?: Range): Diagnostic {
  return clean({ severity: "error", summary, detail, subject, context });
}

/** Builds a warning diagnostic. */
export function warningDiag(summary: string, detail?: string, subject?: Range, context?: Range): Diagnostic {
  return clean({ severity: "warning", summary, detail, subject, context });
}

/** True when any diagnostic in the list is an error. */
export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}

function clean(d: Diagnostic): Diagnostic {
  const out: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { severity: d.severity, summary: d.summary };
  if (d.detail !== undefined) out.detail = d.detail;
  if (d.subject !== undefined) out.subject = d.subject;
  if (d.context !== undefined) out.context = d.context;
  if (d.address !== undefined) out.address = d.address;
  return out;
}
