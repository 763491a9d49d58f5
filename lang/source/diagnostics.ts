import type { EvalContext } from "../hcl/eval-context.js";
import type { Traversal } from "../syntax/ast.js";
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
  /** The expression the problem is about and its context, so the CLI can show the values it used. */
  readonly expression?: DiagnosticExpression;
  /** Never merged with similar warnings (Terraform's DoNotConsolidateDiagnostic: check block results). */
  readonly doNotConsolidate?: boolean;
  /** Produced by a check block (Terraform's CheckRuleDiagnosticExtra on a check container). */
  readonly fromCheckBlock?: boolean;
}

/**
 * hcl's Diagnostic.Expression and EvalContext, with Terraform's diagnostic extras: the CLI shows the
 * value each reference of the expression had in the context ("var.n is 3").
 */
export interface DiagnosticExpression {
  /** The references the expression makes (hcl's Expression.Variables()). */
  readonly variables: () => readonly Traversal[];
  /** The context the expression was evaluated in (null: none). */
  readonly ctx: EvalContext | null;
  /** The problem is an unknown value: unknown references are described as known only after apply. */
  readonly causedByUnknown?: boolean;
  /** The problem is a sensitive value: sensitive references are mentioned, vaguely. */
  readonly causedBySensitive?: boolean;
  /** The problem is an ephemeral value: ephemeral references say so. */
  readonly causedByEphemeral?: boolean;
  /** The function whose call failed (hcl's FunctionCallDiagExtra), shown as "while calling f(a)". */
  readonly calledFunction?: string;
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

/**
 * The diagnostics with the expression attached to those that have none yet, as hclsyntax's
 * setDiagEvalContext does while evaluation unwinds.
 */
export function withExpression(diags: readonly Diagnostic[], expression: DiagnosticExpression): Diagnostic[] {
  return diags.map((d) => (d.expression ? d : { ...d, expression }));
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
