#!/usr/bin/env node
// The terrane executable: loads the compiled CLI (built by `npm install` / `npm run build`).
import { runAsProcess } from "../dist/cmd/main.js";

await runAsProcess();
