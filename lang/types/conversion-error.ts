import { goQuote } from "../text/go-quote.js";
import type { PathStep } from "../values/path.js";

// Why a value could not be converted, and where inside it (cty's PathError as convert returns it).

export type { PathStep } from "../values/path.js";

/**
 * A failed conversion. `message` is cty's text without the path (what Terraform prints after
 * `Invalid value for "x" parameter: `); `path` locates the offending part of the value.
 */
export class ConversionError {
  constructor(
    readonly message: string,
    readonly path: readonly PathStep[] = [],
  ) {}
}

/** The path as Terraform writes it before a conversion message: `.a[0]["k"]` (tfdiags.FormatCtyPath). */
export function formatPath(path: readonly PathStep[]): string {
  return path.map(formatStep).join("");
}

/** `path: message` as Terraform shows conversion errors of variable values (tfdiags.FormatError). */
export function formatConversionError(e: ConversionError): string {
  return e.path.length === 0 ? e.message : `${formatPath(e.path)}: ${e.message}`;
}

function formatStep(step: PathStep): string {
  if ("attr" in step) return `.${step.attr}`;
  if ("index" in step) return `[${step.index}]`;
  if ("key" in step) return `[${goQuote(step.key)}]`;
  return "[...]";
}
