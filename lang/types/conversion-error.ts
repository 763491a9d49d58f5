import { goQuote } from "../text/go-quote.js";

// Why a value could not be converted, and where inside it (cty's PathError as convert returns it).

/** One step into a value: an attribute of an object, or an index/key of a sequence or map. */
export type PathStep = { readonly attr: string } | { readonly index: number } | { readonly key: string };

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
  return `[${goQuote(step.key)}]`;
}
