import { NativeExpression } from "../../lang/eval/native-expression.js";
import { absTraversalForExpr } from "../../lang/hcl/static.js";
import { errorDiag, type Diagnostic } from "../../lang/source/diagnostics.js";
import { parseExpression } from "../../lang/syntax/parse.js";
import type { AbsResourceInstance } from "../../core/addrs/abs-resource.js";
import { parseAbsResourceInstance } from "../../core/addrs/parse-target.js";

// -target and -replace addresses, parsed as Terraform parses them: an HCL traversal naming a resource
// instance (a whole resource means all its instances for -target, its unkeyed instance for -replace).

/** The parsed -target and -replace addresses, with errors for malformed ones. */
export function parseAddressFlags(targets: readonly string[], replace: readonly string[]): {
  targets: AbsResourceInstance[];
  replace: AbsResourceInstance[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const parse = (flag: string) => (text: string): AbsResourceInstance[] => {
    const expr = parseExpression(text, flag, { line: 1, column: 1, byte: 0 });
    const t = expr.diagnostics.length === 0 ? absTraversalForExpr(new NativeExpression(expr.expr)) : { diagnostics: expr.diagnostics };
    const addr = t.traversal ? parseAbsResourceInstance(t.traversal) : { diagnostics: t.diagnostics };
    if (addr.addr) return [addr.addr];
    const detail = addr.diagnostics[0]?.detail ?? addr.diagnostics[0]?.summary ?? "";
    diagnostics.push(errorDiag(`Invalid ${flag} address`, detail));
    return [];
  };
  return { targets: targets.flatMap(parse("target")), replace: replace.flatMap(parse("replace")), diagnostics };
}
