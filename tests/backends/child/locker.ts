// A separate process that locks a local state, for the locking tests:
//   locker.ts DIR hold        takes the lock, prints "LOCKED <id>", holds it until a line arrives on
//                             stdin (or stdin ends), releases it, prints "UNLOCKED"
//   locker.ts DIR try MS      prints "TRYING", tries for MS milliseconds with Terraform's backoff, prints
//                             the outcome as JSON
import { LocalBackend } from "../../../backends/index.js";
import { lockWithTimeout, newLockInfo } from "../../../core/statemgr/index.js";

const [dir, mode, arg] = process.argv.slice(2);
const manager = new LocalBackend({ cwd: dir!, terraformVersion: "1.11.4" }).stateManager("default");
const info = newLockInfo(mode === "hold" ? "OperationTypeApply" : "OperationTypePlan", "0.1.0");

if (mode === "hold") {
  const id = await manager.lock(info);
  if (typeof id !== "string") {
    process.stdout.write(`FAILED ${JSON.stringify({ holder: id.info?.id, text: id.toString() })}\n`);
    process.exit(1);
  }
  process.stdout.write(`LOCKED ${id}\n`);
  await new Promise<void>((resolve) => {
    process.stdin.once("data", () => resolve());
    process.stdin.once("end", () => resolve());
  });
  const failed = await manager.unlock(id);
  process.stdout.write(failed ? `UNLOCK FAILED ${failed.toString()}\n` : "UNLOCKED\n");
  process.exit(0);
} else {
  process.stdout.write("TRYING\n");
  const started = Date.now();
  const r = await lockWithTimeout(manager, info, { timeoutMs: Number(arg) });
  const elapsed = Date.now() - started;
  if (typeof r === "string") {
    await manager.unlock(r);
    process.stdout.write(`${JSON.stringify({ ok: true, elapsed })}\n`);
  } else {
    process.stdout.write(`${JSON.stringify({ ok: false, elapsed, held: r.held, holder: r.info?.id, text: r.toString() })}\n`);
  }
}
