#!/usr/bin/env node
// The terrane executable: loads the compiled CLI (built by `npm install` / `npm run build`).
import { main } from "../dist/cmd/main.js";

process.exitCode = await main(process.argv.slice(2));
