import type { Config } from "../../core/configs/model.js";
import type { State } from "../../core/states/state.js";
import { canonicalConstraints } from "./init-install.js";
import { moduleProviderRequirements } from "./init-requirements.js";

// What `terrane providers` prints (Terraform's ProvidersCommand): the providers each module of the
// configuration requires, as a tree drawn like xlab/treeprint (`├──`, `└──`), each with that module's
// own version constraints; then the providers the state's resources use.

interface TreeNode {
  readonly label: string;
  readonly children: TreeNode[];
}

/** The whole output of `terrane providers`. */
export function renderProviderRequirements(config: Config, state: State | undefined): string {
  let out = `\nProviders required by configuration:\n${renderTree({ label: ".", children: moduleNodes(config) })}\n`;
  const fromState = stateProviders(state);
  if (fromState.length > 0) out += `Providers required by state:\n\n${fromState.map((p) => `    provider[${p}]\n\n`).join("")}`;
  return out;
}

function moduleNodes(cfg: Config): TreeNode[] {
  const providers = moduleProviderRequirements(cfg).map((n) => {
    const constraints = canonicalConstraints(n.constraints);
    return { label: `provider[${n.provider}]${constraints ? ` ${constraints}` : ""}`, children: [] };
  });
  const modules = [...cfg.children.keys()].sort().map((name) => ({ label: `module.${name}`, children: moduleNodes(cfg.children.get(name)!) }));
  return [...providers, ...modules];
}

function renderTree(root: TreeNode): string {
  const lines = [root.label];
  const walk = (nodes: readonly TreeNode[], prefix: string) => {
    nodes.forEach((n, i) => {
      const last = i === nodes.length - 1;
      lines.push(`${prefix}${last ? "└── " : "├── "}${n.label}`);
      walk(n.children, prefix + (last ? "    " : "│   "));
    });
  };
  walk(root.children, "");
  return `${lines.join("\n")}\n`;
}

function stateProviders(state: State | undefined): string[] {
  const found = new Set<string>();
  for (const m of state?.modules.values() ?? []) for (const r of m.resources.values()) found.add(r.provider.provider.toString());
  return [...found].sort();
}
