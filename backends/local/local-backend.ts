import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { FilesystemState } from "./filesystem-state.js";

// The local backend (backend/local): the state of the default workspace in `terraform.tfstate` (or
// the configured `path`), other workspaces in `terraform.tfstate.d/NAME/terraform.tfstate` (or under
// the configured `workspace_dir`), a `.backup` file beside the written state, and the -state,
// -state-out and -backup flags overriding all of these literally.

/** The default workspace's name. */
export const DEFAULT_WORKSPACE = "default";
/** The default state file name. */
export const DEFAULT_STATE_FILENAME = "terraform.tfstate";
/** Where non-default workspaces live by default. */
export const DEFAULT_WORKSPACE_DIR = "terraform.tfstate.d";
/** What a backup file name adds to the written state's name. */
export const DEFAULT_BACKUP_EXTENSION = ".backup";

/** The `backend "local"` block's settings. */
export interface LocalBackendSettings {
  readonly path?: string;
  readonly workspaceDir?: string;
}

/** Paths from the command line (-state, -state-out, -backup; `-backup=-` turns backups off). */
export interface StatePathOverrides {
  readonly statePath?: string;
  readonly stateOutPath?: string;
  readonly backupPath?: string;
}

/** The three paths one workspace's state uses; `backupPath` is undefined when backups are off. */
export interface StatePaths {
  readonly statePath: string;
  readonly stateOutPath: string;
  readonly backupPath: string | undefined;
}

/** How to open the local backend. */
export interface LocalBackendOptions {
  /** The working directory relative paths are resolved against. */
  readonly cwd: string;
  /** The `terraform_version` written into state files. */
  readonly terraformVersion: string;
  readonly settings?: LocalBackendSettings;
  readonly overrides?: StatePathOverrides;
}

/** The local backend: state managers per workspace over files in the working directory. */
export class LocalBackend {
  readonly #opts: LocalBackendOptions;
  readonly #managers = new Map<string, FilesystemState>();

  constructor(opts: LocalBackendOptions) {
    this.#opts = opts;
  }

  /** The paths a workspace reads, writes and backs up to (Local.StatePaths), as given (relative to cwd). */
  statePaths(workspace: string): StatePaths {
    const o = this.#opts.overrides ?? {};
    const isDefault = workspace === DEFAULT_WORKSPACE || workspace === "";
    let statePath = o.statePath ?? "";
    if (statePath === "") {
      if (isDefault) statePath = this.#opts.settings?.path ?? "";
      if (statePath === "") statePath = isDefault ? DEFAULT_STATE_FILENAME : join(this.#workspaceDir(), workspace, DEFAULT_STATE_FILENAME);
    }
    const stateOutPath = o.stateOutPath || statePath;
    const backup = o.backupPath ?? "";
    const backupPath = backup === "-" ? undefined : backup === "" ? stateOutPath + DEFAULT_BACKUP_EXTENSION : backup;
    return { statePath, stateOutPath, backupPath };
  }

  /** The state manager of a workspace, one per workspace (a non-default workspace's folder is made). */
  stateManager(workspace: string): FilesystemState {
    const known = this.#managers.get(workspace);
    if (known) return known;
    if (workspace !== DEFAULT_WORKSPACE && workspace !== "") {
      mkdirSync(resolve(this.#opts.cwd, this.#workspaceDir(), workspace), { recursive: true, mode: 0o755 });
    }
    const p = this.statePaths(workspace);
    const manager = new FilesystemState({
      cwd: this.#opts.cwd,
      path: p.stateOutPath,
      readPath: p.statePath,
      ...(p.backupPath !== undefined ? { backupPath: p.backupPath } : {}),
      terraformVersion: this.#opts.terraformVersion,
    });
    this.#managers.set(workspace, manager);
    return manager;
  }

  /** The workspaces: "default" first, then each folder under the workspace directory, sorted. */
  workspaces(): string[] {
    let entries: string[] = [];
    try {
      entries = readdirSync(resolve(this.#opts.cwd, this.#workspaceDir()), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      // no workspace directory: only the default workspace
    }
    return [DEFAULT_WORKSPACE, ...entries.sort()];
  }

  #workspaceDir(): string {
    return this.#opts.settings?.workspaceDir || DEFAULT_WORKSPACE_DIR;
  }
}
