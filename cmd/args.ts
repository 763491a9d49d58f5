// Terraform's flag style on top of commander: Terraform writes long flags with one dash
// (`-out=tfplan`, `-var 'a=1'`, `-auto-approve`); commander wants two. This module splits the
// global options from the command and rewrites single-dash long flags.

/** The options Terraform accepts before the command name. */
export interface GlobalOptions {
  readonly chdir?: string;
  readonly version: boolean;
  readonly help: boolean;
}

/** argv split into the global options, the command name and the command's own arguments. */
export interface SplitArgs {
  readonly global: GlobalOptions;
  readonly command: string | undefined;
  readonly rest: string[];
}

/** Splits argv into global options (`-chdir=DIR`, `-version`, `-help`), the command and its arguments. */
export function splitArgs(argv: readonly string[]): SplitArgs | { error: string } {
  let chdir: string | undefined;
  let version = false;
  let help = false;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("-")) break;
    const flag = a.replace(/^--?/, "");
    if (flag.startsWith("chdir=")) chdir = flag.slice("chdir=".length);
    else if (flag === "chdir") {
      if (i + 1 >= argv.length) return { error: "The -chdir option requires a directory argument." };
      chdir = argv[++i];
    } else if (flag === "version" || flag === "v") version = true;
    else if (flag === "help" || flag === "h") help = true;
    else return { error: `flag provided but not defined: ${a}` };
  }
  const global = chdir === undefined ? { version, help } : { chdir, version, help };
  return { global, command: argv[i], rest: argv.slice(i + 1) };
}

/**
 * Rewrites Terraform-style single-dash long flags to commander's double-dash form: `-out=x` → `--out=x`,
 * `-no-color` → `--no-color`. A lone `-` (stdin) and anything after `--` are left alone.
 */
export function normalizeFlags(args: readonly string[]): string[] {
  const out: string[] = [];
  let passthrough = false;
  for (const a of args) {
    if (passthrough || a === "-" || !/^-[A-Za-z][\w-]*(=|$)/.test(a)) {
      out.push(a);
      if (a === "--") passthrough = true;
      continue;
    }
    out.push(`-${a}`);
  }
  return out;
}
