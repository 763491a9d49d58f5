import { NativeExpression } from "../../lang/eval/native-expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseExpression } from "../../lang/syntax/parse.js";
import type { AbsResourceInstance } from "../../core/addrs/abs-resource.js";
import { parseAbsResourceInstance, parseTarget, type Targetable } from "../../core/addrs/parse-target.js";

// -target and -replace addresses, parsed as Terraform parses them: an HCL traversal naming a resource
// instance (a whole resource means all its instances for -target, its unkeyed instance for -replace).

/** The parsed -target and -replace addresses, with errors for malformed ones. */
export function parseAddressFlags(targets: readonly string[], replace: readonly string[]): {
  targets: Targetable[];
  replace: AbsResourceInstance[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const traversal = (flag: string, text: string) => {
    const expr = parseExpression(text, flag, { line: 1, column: 1, byte: 0 });
    return expr.diagnostics.length === 0 ? absTraversalForExpr(new NativeExpression(expr.expr)) : { diagnostics: expr.diagnostics };
  };
  const parseTargetFlag = (text: string): Targetable[] => {
    const t = traversal("target", text);
    const r = t.traversal ? parseTarget(t.traversal) : { diagnostics: t.diagnostics };
    if (r.target) return [r.target.subject];
    diagnostics.push(errorDiag("Invalid target address", r.diagnostics[0]?.detail ?? r.diagnostics[0]?.summary ?? ""));
    return [];
  };
  const parse = (flag: string) => (text: string): AbsResourceInstance[] => {
    const t = traversal(flag, text);
    const addr = t.traversal ? parseAbsResourceInstance(t.traversal) : { diagnostics: t.diagnostics };
    if (addr.addr) return [addr.addr];
    const detail = addr.diagnostics[0]?.detail ?? addr.diagnostics[0]?.summary ?? "";
    diagnostics.push(errorDiag(`Invalid ${flag} address`, detail));
    return [];
  };
  return { targets: targets.flatMap(parseTargetFlag), replace: replace.flatMap(parse("replace")), diagnostics };
}
