import { describe, expect, it } from "vitest";
import type { CheckRule } from "../../../core/configs/model.js";
import { checkRuleResult } from "../../../core/eval/check-rules.js";
import { EvalScope, NamedValues, type WalkState } from "../../../core/eval/index.js";
import { planningFunctions } from "../../../core/vars/validations.js";
import { expressionValues } from "../../../cmd/views/diagnostic-values.js";
import { nativeFileBody } from "../../../lang/eval/native-body.js";
import type { Expression } from "../../../lang/hcl/expression.js";
import type { Diagnostic } from "../../../lang/source/diagnostics.js";
import { parseConfig } from "../../../lang/syntax/parse.js";
import { Value } from "../../../lang/values/value.js";
import { loadConfig, writeConfig } from "../graph/config-fixtures.js";

// What a failed condition's diagnostic carries (eval_conditions.go): the condition as its expression,
// with the context it was evaluated in, so the CLI shows the values it used; check blocks' results
// are never consolidated with similar warnings.

const dir = writeConfig({ "main.tf": 'locals {\n  n = 3\n  s = "x"\n}\n' });
const config = loadConfig(dir);

function scope(): EvalScope {
  const values = new NamedValues();
  values.setLocal("", "n", Value.numberFrom(3));
  values.setLocal("", "s", Value.string("x"));
  const state: WalkState = { root: config, operation: "validate", values, workspace: "default", cwd: dir, functions: planningFunctions() };
  return new EvalScope(state, config);
}

function expr(src: string): Expression {
  const { file } = parseConfig(`x = ${src}\n`, "main.tf");
  return nativeFileBody(file).justAttributes().attributes.get("x")!.expr;
}

function rule(condition: string, message = '"failed: ${local.s}"'): CheckRule {
  const c = expr(condition);
  return { condition: c, errorMessage: expr(message), range: c.range };
}

function values(d: Diagnostic): string[] {
  return d.expression ? expressionValues(d.expression).map((v) => `${v.traversal} ${v.statement}`) : [];
}

describe("condition diagnostics", () => {
  it("a failed precondition shows the values its condition used", () => {
    const r = checkRuleResult(scope(), rule("local.n > 5 && local.s == \"y\""), "Resource precondition");
    expect(r.status).toBe("fail");
    const [d] = r.diagnostics;
    expect([d!.summary, d!.detail, d!.doNotConsolidate]).toEqual(["Resource precondition failed", "failed: x", undefined]);
    expect(values(d!)).toEqual(["local.n is 3", 'local.s is "x"']);
  });

  it("a check block's failure is never consolidated", () => {
    const r = checkRuleResult(scope(), rule("local.n == 4"), "Check block assertion");
    expect(r.diagnostics.map((d) => [d.summary, d.doNotConsolidate, values(d)])).toEqual([["Check block assertion failed", true, ["local.n is 3"]]]);
  });

  it("an unusable condition result points at the condition with its values", () => {
    const r = checkRuleResult(scope(), rule("local.n"), "Resource postcondition");
    expect(r.diagnostics.map((d) => [d.summary, values(d)])).toEqual([["Invalid condition result", ["local.n is 3"]]]);
  });

  it("an unsuitable error message shows the values the message used", () => {
    const r = checkRuleResult(scope(), rule("local.n == 4", "[local.s]"), "Resource precondition");
    expect(r.diagnostics.map((d) => [d.summary, values(d)])).toEqual([["Invalid error message", ['local.s is "x"']]]);
  });

  it("a passing condition reports nothing", () => {
    expect(checkRuleResult(scope(), rule("local.n == 3"), "Resource precondition")).toEqual({ status: "pass", failureMessage: "", diagnostics: [] });
  });
});
