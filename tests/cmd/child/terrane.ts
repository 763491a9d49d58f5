// The terrane CLI from the TypeScript sources in a process of its own, for tests that kill it, send
// it signals or make it hold a state lock while another run starts:
//   node --import tests/helpers/ts-loader.mjs tests/cmd/child/terrane.ts ARGS...   (cwd: the working directory)
import { runAsProcess } from "../../../cmd/main.js";

await runAsProcess();
