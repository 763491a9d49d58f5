import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { Diagnostic } from "../../lang/source/diagnostics.js";
import { errorDiag, hasErrors } from "../../lang/source/diagnostics.js";
import { formatSource, isFormattableFile, isIgnoredFile } from "../../lang/format/index.js";
import { unifiedDiff } from "../diff/index.js";

// The file handling of `terraform fmt` (FmtCommand.fmt, processDir, processFile): which files a
// target stands for, reading, comparing, listing, writing and diffing each one, with Terraform's
// messages for each failure. Output goes to a sink; problems are collected as diagnostics.

/** What to do with each file whose formatting differs. */
export interface FmtFileOptions {
  readonly list: boolean;
  readonly write: boolean;
  readonly diff: boolean;
  readonly recursive: boolean;
}

/** Formats targets and collects what to print; one run per command invocation. */
export class FmtRun {
  /** Every diagnostic, in the order Terraform reports them. */
  readonly diagnostics: Diagnostic[] = [];
  /** The text of every file read, by the name used in diagnostics. */
  readonly sources = new Map<string, string>();

  constructor(
    private readonly options: FmtFileOptions,
    private readonly cwd: string,
    private readonly emit: (text: string) => void,
  ) {}

  /** Formats what was read from stdin, under the name `<stdin>`. */
  async formatStdin(bytes: Uint8Array): Promise<void> {
    await this.processBytes("<stdin>", bytes);
  }

  /** Formats each target in turn; stops at the first one that does not exist, as Terraform does. */
  async formatTargets(targets: readonly string[]): Promise<void> {
    for (const target of targets) {
      const path = this.normalize(target);
      const info = await stat(this.abs(path)).catch(() => undefined);
      if (info === undefined) {
        this.diagnostics.push(errorDiag(`No file or directory at ${path}`));
        return;
      }
      if (info.isDirectory()) await this.processDir(path);
      else if (isFormattableFile(path)) await this.readAndProcess(path);
      else this.diagnostics.push(errorDiag("Only .tf, .tfvars, and .tftest.hcl files can be processed with terrane fmt"));
    }
  }

  private async processDir(path: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(this.abs(path), { withFileTypes: true });
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
      this.diagnostics.push(errorDiag(missing ? `There is no configuration directory at ${path}` : `Cannot read directory ${path}`));
      return;
    }
    entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    for (const entry of entries) {
      if (isIgnoredFile(entry.name)) continue;
      const sub = join(path, entry.name);
      if (entry.isDirectory()) {
        if (this.options.recursive) await this.processDir(sub);
      } else if (isFormattableFile(entry.name)) {
        await this.readAndProcess(sub);
      }
    }
  }

  private async readAndProcess(path: string): Promise<void> {
    const bytes = await readFile(this.abs(path)).catch(() => undefined);
    if (bytes === undefined) {
      this.diagnostics.push(errorDiag(`Failed to read file ${path}`));
      return;
    }
    await this.processBytes(this.normalize(path), bytes);
  }

  private async processBytes(name: string, bytes: Uint8Array): Promise<void> {
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      const detail = `${name}: All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.`;
      this.diagnostics.push(errorDiag("Invalid character encoding", detail));
      return;
    }
    await this.processFile(name, text);
  }

  private async processFile(name: string, src: string): Promise<void> {
    this.sources.set(name, src);
    const result = formatSource(src, name);
    if (hasErrors(result.diagnostics)) {
      this.diagnostics.push(...result.diagnostics);
      return;
    }
    const { list, write, diff } = this.options;
    if (result.output !== src) {
      if (list) this.emit(`${name}\n`);
      if (write && !(await this.write(name, result.output))) return;
      if (diff) this.emit(unifiedDiff(src, result.output, `old/${name}`, `new/${name}`));
    }
    if (!list && !write && !diff) this.emit(result.output);
  }

  private async write(name: string, text: string): Promise<boolean> {
    try {
      await writeFile(this.abs(name), text);
      return true;
    } catch {
      this.diagnostics.push(errorDiag(`Failed to write ${name}`));
      return false;
    }
  }

  /** A path relative to the working directory, as Terraform prints paths (`.` for the directory itself). */
  private normalize(path: string): string {
    return relative(this.cwd, resolve(this.cwd, path)) || ".";
  }

  private abs(path: string): string {
    return isAbsolute(path) ? path : resolve(this.cwd, path);
  }
}

/** The text of UTF-8 bytes (a byte-order mark kept), or undefined when they are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
