import { readStateFile, type State } from "../../core/states/index.js";

// States for storage tests: `count` terraform_data instances whose input is `input`, made by reading
// a state file text so that they are exactly what Terraform would have stored.

/** The state file text (format 4) of `count` terraform_data instances with the given input. */
export function stateText(count: number, input: string | number = 0, serial = 1, lineage = "00000000-0000-0000-0000-000000000000"): string {
  const instances = [];
  for (let i = 0; i < count; i++) {
    const id = `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`;
    const value = { value: input, type: typeof input === "number" ? "number" : "string" };
    instances.push({ index_key: i, schema_version: 0, attributes: { id, input: value, output: value, triggers_replace: null }, sensitive_attributes: [] });
  }
  const resources = count === 0 ? [] : [{ mode: "managed", type: "terraform_data", name: "r", provider: 'provider["terraform.io/builtin/terraform"]', instances }];
  const file = { version: 4, terraform_version: "1.11.4", serial, lineage, outputs: {}, resources, check_results: null };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A state of `count` terraform_data instances with the given input. */
export function stateWith(count: number, input: string | number = 0): State {
  const r = readStateFile(stateText(count, input));
  if (!r.file) throw new Error(`bad test state: ${JSON.stringify(r.diagnostics)}`);
  return r.file.state;
}
