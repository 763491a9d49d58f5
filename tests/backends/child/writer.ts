// A separate process that writes a local state over and over, for the crash-safety test:
//   writer.ts DIR COUNT   persists states of COUNT terraform_data instances whose input is the write's
//                         number, printing "WROTE <serial>" after each write, until it is killed
import { LocalBackend } from "../../../backends/index.js";
import { stateWith } from "../state-fixtures.js";

const [dir, count] = process.argv.slice(2);
const manager = new LocalBackend({ cwd: dir!, terraformVersion: "1.11.4" }).stateManager("default");
await manager.refresh();
for (let i = 1; ; i++) {
  manager.writeState(stateWith(Number(count), i));
  const diags = await manager.persistState();
  if (diags.length > 0) throw new Error(JSON.stringify(diags));
  process.stdout.write(`WROTE ${manager.snapshotMeta()!.serial}\n`);
}
