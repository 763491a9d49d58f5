#!/usr/bin/env node
// Runs one of Terrane's built-in providers (random, null, local, time) as a Terraform provider plugin
// process: `terrane-provider random`. Terraform starts it through a plugin directory made by
// fixtures/plugin-goldens/plugin-dir.mjs. Loads the compiled code (built by `npm run build`).
import { runBuiltinPluginProcess } from "../dist/providers/plugin/plugin-main.js";

await runBuiltinPluginProcess();
