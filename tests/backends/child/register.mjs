// `node --import ./register.mjs script.ts`: installs the TypeScript hooks (see ts-hooks.mjs).
import { register } from "node:module";

register("./ts-hooks.mjs", import.meta.url);
