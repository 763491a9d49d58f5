// What a command is handed instead of reaching for process globals: streams, directory, environment.

/** A place a command writes text to. */
export interface OutputStream {
  write(text: string): unknown;
  /** True when the stream is a terminal (colour and prompts follow from it). */
  readonly isTTY?: boolean;
}

/** A command's connection to the outside world. */
export interface CommandIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  /** The working directory after `-chdir`. */
  readonly cwd: string;
  /** The directory terrane was started in (Terraform's path.cwd is the chdir target; this is the original). */
  readonly originalCwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A command: parses its own arguments, does its work, returns the process exit code. */
export type CommandRunner = (args: string[], io: CommandIO) => Promise<number>;
