import { evaluate } from "../../eval/evaluate.js";
import { references } from "../../eval/references.js";
import { goQuote } from "../../text/go-quote.js";
import { EvalContext } from "../../hcl/eval-context.js";
import { hasErrors, type Diagnostic } from "../../source/diagnostics.js";
import { formatRange } from "../../source/range.js";
import type * as ast from "../../syntax/ast.js";
import { Value } from "../../values/value.js";
import { FuncError, type FuncContext, type FunctionSpec } from "../function.js";

// Rendering a template for templatefile and templatestring, as Terraform's makeRenderTemplateFunc
// does: the template sees only the given variables and the functions of the calling scope, minus the
// template functions themselves (and, for templatestring, minus filesystem access).

/** The template functions, which templates may not call. */
export const TEMPLATE_FUNCTIONS: ReadonlySet<string> = new Set(["templatefile", "templatestring"]);

/** The functions that read files, which templatestring templates may not call. */
export const FILESYSTEM_FUNCTIONS: ReadonlySet<string> = new Set([
  "file", "fileexists", "fileset", "filebase64", "filebase64sha256", "filebase64sha512",
  "filemd5", "filesha1", "filesha256", "filesha512", "templatefile",
]);

const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;

/** hcl.Diagnostics.Error(): the first error as "subject: summary; detail", counting the others. */
export function diagnosticsText(diags: readonly Diagnostic[]): string {
  const first = diags[0];
  if (!first) return "no diagnostics";
  const subject = first.subject ? formatRange(first.subject) : "<nil>";
  const text = `${subject}: ${first.summary}; ${first.detail ?? ""}`;
  return diags.length === 1 ? text : `${text}, and ${diags.length - 1} other diagnostic(s)`;
}

/** A function that fails whenever it is called, standing in for one a template may not use. */
function blockedFunction(spec: FunctionSpec, message: string): FunctionSpec {
  return { ...spec, returnType: () => new FuncError(message), impl: () => new FuncError(message) };
}

function templateScopeFunctions(ctx: FuncContext, allowFS: boolean): Map<string, FunctionSpec> {
  const out = new Map<string, FunctionSpec>();
  for (const [name, spec] of ctx.functions ?? []) {
    const plain = name.startsWith("core::") ? name.slice("core::".length) : name;
    if (TEMPLATE_FUNCTIONS.has(plain)) {
      out.set(name, blockedFunction(spec, `cannot recursively call ${plain} from inside another template function`));
    } else if (!allowFS && FILESYSTEM_FUNCTIONS.has(plain)) {
      const msg = `cannot use filesystem access functions like ${plain} in templatestring templates; consider passing the function result as a template variable instead`;
      out.set(name, blockedFunction(spec, msg));
    } else out.set(name, spec);
  }
  return out;
}

function checkVars(expr: ast.Expression, vars: Value): Map<string, Value> | FuncError {
  if (vars.type.kind !== "map" && vars.type.kind !== "object") return new FuncError("invalid vars value: must be a map", 1);
  const entries = vars.isKnown ? new Map(vars.entries()) : new Map<string, Value>();
  for (const name of [...entries.keys()].sort()) {
    if (!IDENTIFIER.test(name)) {
      return new FuncError(
        `invalid template variable name ${goQuote(name)}: must start with a letter, followed by zero or more letters, digits, and underscores`,
        1,
      );
    }
  }
  for (const traversal of references(expr)) {
    const root = traversal[0];
    if (!entries.has(root.name)) {
      return new FuncError(`vars map does not contain key ${goQuote(root.name)}, referenced at ${formatRange(root.range)}`, 1);
    }
  }
  return entries;
}

/** Renders a parsed template with the given variables; `allowFS` is false for templatestring. */
export function renderTemplate(expr: ast.Expression, vars: Value, ctx: FuncContext, allowFS: boolean): Value | FuncError {
  const entries = checkVars(expr, vars);
  if (entries instanceof FuncError) return entries;
  const evalCtx = new EvalContext(entries, templateScopeFunctions(ctx, allowFS), ctx);
  const r = evaluate(expr, evalCtx);
  if (hasErrors(r.diagnostics)) return new FuncError(diagnosticsText(r.diagnostics));
  if (r.value.isNull) {
    return new FuncError(
      `${formatRange(expr.range)}: Template result is null; The result of the template is null, which is not a valid result for a templatestring call.`,
    );
  }
  return r.value;
}

/** What a template call returns: the rendering, or while some variable is unknown, an unknown of its type. */
export function templateResult(rendered: Value, vars: Value): Value {
  return vars.isWhollyKnown ? rendered : Value.unknown(rendered.type);
}
