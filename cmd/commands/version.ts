// `terrane version [-json]`: Terrane's version and platform, in Terraform's layout.
import { normalizeFlags } from "../args.js";
import type { CommandIO } from "../io.js";
import { goMarshalIndent } from "../views/go-marshal.js";
import { TERRAFORM_COMPAT_VERSION, TERRANE_VERSION, platformName } from "../version-info.js";

/** Prints the version; with -json, Terraform's JSON shape plus `terrane_version`. */
export async function run(args: string[], io: CommandIO): Promise<number> {
  const flags = normalizeFlags(args);
  const json = flags.includes("--json");
  const unknown = flags.find((f) => f !== "--json");
  if (unknown !== undefined) {
    io.stderr.write(`flag provided but not defined: ${unknown.replace(/^--/, "-")}\nUsage: terrane [global options] version [options]\n`);
    return 1;
  }
  if (json) {
    const body = {
      terraform_version: TERRAFORM_COMPAT_VERSION,
      terrane_version: TERRANE_VERSION,
      platform: platformName(),
      provider_selections: {},
      terraform_outdated: false,
    };
    io.stdout.write(`${goMarshalIndent(body)}\n`);
    return 0;
  }
  io.stdout.write(`Terrane v${TERRANE_VERSION}\non ${platformName()}\n`);
  return 0;
}
