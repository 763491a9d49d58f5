import { randomBytes } from "node:crypto";
import { State, type StateFile } from "./state.js";

// A new state's identity. The lineage ties every snapshot of one state together so that a snapshot
// from an unrelated state is never mistaken for a newer one; Terraform makes it with go-uuid's
// GenerateUUID, 16 random bytes in UUID layout without the version and variant bits set.

/** A fresh lineage: `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` from 16 random bytes, as Terraform makes it. */
export function newLineage(): string {
  const hex = randomBytes(16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A state file for an empty state: serial 0 and a new lineage (statefile.New), written by `terraformVersion`. */
export function newStateFile(terraformVersion: string, state: State = new State()): StateFile {
  return { terraformVersion, serial: 0, lineage: newLineage(), state };
}
