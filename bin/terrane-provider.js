#!/usr/bin/env node
// Runs one of Terrane's built-in providers (random, null, local, time) as a Terraform provider plugin
// process: `terrane-provider random`. Terraform starts it through a plugin directory made by
// fixtures/plugin-goldens/plugin-dir.mjs. Loads the compiled code (built by `npm run build`).
import { runBuiltinPlugin } from "../dist/providers/plugin/plugin-main.js";

process.on("SIGINT", () => {});
const code = await runBuiltinPlugin(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  exit: (c) => process.exit(c),
});
if (code !== undefined) process.exitCode = code;
