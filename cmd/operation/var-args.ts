import type { VarArgument } from "../../core/vars/collect.js";

// -var and -var-file options in the order given (their order decides which value wins), taken out of
// the argument list before the other flags are parsed, in every spelling Terraform accepts:
// `-var x=1`, `-var=x=1`, `--var x=1`, `-var-file f`, `-var-file=f`.

/** The var arguments in order, the remaining arguments, or an error for a flag without its value. */
export function extractVarArgs(args: readonly string[]): { vars: VarArgument[]; rest: string[] } | { error: string } {
  const vars: VarArgument[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^--?(var|var-file)(?:=(.*))?$/s.exec(a);
    if (!m) {
      rest.push(a);
      if (a === "--") rest.push(...args.slice(i + 1));
      if (a === "--") break;
      continue;
    }
    const kind = m[1] as "var" | "var-file";
    let value = m[2];
    if (value === undefined) {
      value = args[++i];
      if (value === undefined) return { error: `flag needs an argument: -${kind}` };
    }
    vars.push({ kind, value });
  }
  return { vars, rest };
}
