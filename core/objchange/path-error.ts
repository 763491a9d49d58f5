import { goQuote } from "../../lang/text/go-quote.js";
import type { PathStep, ValuePath } from "../../lang/values/path.js";
import type { Value } from "../../lang/values/value.js";

// Errors about one part of an object (cty.PathError), and the two ways Terraform prints them:
// tfdiags.FormatError (".tags[\"Name\"]: was ..., but now ...") and FormatErrorPrefixed, which puts the
// resource address in front ("aws_instance.a.ami: planned value ...").

/** A problem at a path inside a value: what the provider got wrong, and where. */
export interface PathError {
  readonly path: ValuePath;
  readonly message: string;
}

/** Builds a PathError (cty's path.NewErrorf). */
export function pathError(path: ValuePath, message: string): PathError {
  return { path, message };
}

/** The path extended by one step; paths are shared, never mutated. */
export function childPath(path: ValuePath, step: PathStep): ValuePath {
  return [...path, step];
}

/** tfdiags.FormatError: the path in HCL-like syntax, a colon and the message; just the message at the root. */
export function formatPathError(err: PathError): string {
  return err.path.length === 0 ? err.message : `${formatCtyPath(err.path)}: ${err.message}`;
}

/** tfdiags.FormatErrorPrefixed: like formatPathError with an address (or other expression) in front. */
export function formatPathErrorPrefixed(err: PathError, prefix: string): string {
  return err.path.length === 0 ? `${prefix}: ${err.message}` : `${prefix}${formatCtyPath(err.path)}: ${err.message}`;
}

/** tfdiags.FormatCtyPath: `.a`, `[0]`, `["key"]`; set elements that are not strings or numbers print as `[...]`. */
export function formatCtyPath(path: ValuePath): string {
  return path.map(formatStep).join("");
}

function formatStep(step: PathStep): string {
  if ("attr" in step) return `.${step.attr}`;
  if ("index" in step) return `[${step.index}]`;
  if ("key" in step) return `[${goQuote(step.key)}]`;
  return `[${elementKey(step.element)}]`;
}

function elementKey(key: Value): string {
  if (key.isNull) return "null";
  if (!key.isKnown) return "(not yet known)";
  if (key.type.kind === "number") return key.asNumber().text("g", -1);
  if (key.type.kind === "string") return goQuote(key.asString());
  return "...";
}
