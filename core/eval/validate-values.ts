import { errorDiag, hasErrors, type Diagnostic } from "../../lang/source/diagnostics.js";
import { containsSensitive } from "../../lang/values/deep-marks.js";
import { parseRefs } from "../addrs/parse-ref.js";
import type { CheckNode, LocalNode, OutputNode } from "../graph/graph-node.js";
import { modulePathString } from "../graph/graph-node.js";
import { evalCheckRule, validateCheckRule } from "./check-rules.js";
import { validateDependsOn } from "./depends-on.js";
import { EvalScope } from "./eval-scope.js";
import type { WalkState } from "./walk-state.js";

// Named values and checks in the validate walk: a local value is evaluated and recorded for what
// refers to it (nodeLocal), an output's preconditions are checked and its value evaluated
// (NodeApplyableOutput), a check block's assertions have their references and messages checked but
// are not run (nodeCheckAssert).

const SENSITIVE_OUTPUT =
  "To reduce the risk of accidentally exporting sensitive data that was intended to be only internal, Terraform requires that any root module output containing sensitive data be explicitly marked as sensitive, to confirm your intent.\n\n" +
  "If you do intend to export this data, annotate the output value as sensitive by adding the following argument:\n    sensitive = true";

/** A local value: evaluated and recorded; it may not refer to itself. */
export function validateLocal(state: WalkState, node: LocalNode): Diagnostic[] {
  const { name, expr } = node.local;
  const selfRefs = parseRefs(expr.variables()).refs.filter((r) => r.subject.kind === "LocalValue" && r.subject.name === name);
  if (selfRefs.length > 0) {
    const detail = `Local value local.${name} cannot use its own result as part of its expression.`;
    return selfRefs.map((r) => errorDiag("Self-referencing local value", detail, r.sourceRange, expr.range));
  }
  const r = new EvalScope(state, node.module).evalExpr(expr);
  state.values.setLocal(modulePathString(node.module.path), name, r.value);
  return r.diagnostics;
}

/** An output: preconditions, then the value and depends_on; a root output may not be sensitive unless declared so. */
export function validateOutput(state: WalkState, node: OutputNode): Diagnostic[] {
  const o = node.output;
  const scope = new EvalScope(state, node.module);
  const pre = o.preconditions.flatMap((rule) => evalCheckRule(scope, rule, "Module output value precondition"));
  if (hasErrors(pre)) return pre;
  const r = scope.evalExpr(o.expr);
  const diagnostics = [...pre, ...r.diagnostics, ...validateDependsOn(scope, o.dependsOn)];
  if (node.module.path.length === 0 && !o.sensitive && containsSensitive(r.value)) {
    diagnostics.push(errorDiag("Output refers to sensitive values", SENSITIVE_OUTPUT, o.declRange));
  }
  return diagnostics;
}

/** A check block's assertions: references and error messages only, since validation runs no checks. */
export function validateCheck(state: WalkState, node: CheckNode): Diagnostic[] {
  const scope = new EvalScope(state, node.module, { source: node.check.name });
  return node.check.asserts.flatMap((rule) => validateCheckRule(scope, rule).diagnostics);
}
