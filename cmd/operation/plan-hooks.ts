import type { PlanHooks } from "../../core/plan/index.js";
import type { CommandIO } from "../io.js";

// The progress lines Terraform prints while planning: `x: Preparing import... [id=...]`,
// `x: Refreshing state... [id=...]`,
// `data.x: Reading...`, `data.x: Read complete after 0s [id=...]`, the address in bold with colour.

/** Hooks that print plan progress to stdout. */
export function planHooks(io: CommandIO, color: boolean): PlanHooks {
  const bold = (s: string): string => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const started = new Map<string, number>();
  return {
    importing: (addr, id) => io.stdout.write(`${bold(addr.toString())}: Preparing import... [id=${id}]\n`),
    refreshing: (addr, id) => io.stdout.write(`${bold(addr.toString())}: Refreshing state...${id === undefined ? "" : ` [id=${id}]`}\n`),
    reading: (addr) => {
      started.set(addr.toString(), Date.now());
      io.stdout.write(`${bold(addr.toString())}: Reading...\n`);
    },
    read: (addr, id) => {
      const secs = Math.floor((Date.now() - (started.get(addr.toString()) ?? Date.now())) / 1000);
      io.stdout.write(`${bold(addr.toString())}: Read complete after ${secs}s${id === undefined ? "" : ` [id=${id}]`}\n`);
    },
  };
}
