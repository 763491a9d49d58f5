// Lets a plain `node` child process run Terrane's TypeScript sources, as vitest does in-process:
//   node --import tests/helpers/ts-loader.mjs some-script.ts ARGS...
// Imported with --import it registers itself as a module hook. `./x.js` imports resolve to the
// `./x.ts` source beside them when there is no .js file, and .ts files are transpiled (types stripped,
// no type-checking) with the TypeScript compiler the project already has. Transpiled files are cached
// in the temporary folder by path and content hash, so only the first child pays for the compiler.
// Used by tests that spawn real processes (locking, crashes, served provider plugins) and by
// fixtures/plugin-goldens/plugin-dir.mjs -source; none of them needs a build.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { register } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";

const cacheDir = join(tmpdir(), "terrane-ts-loader-cache");
let compiler;

if (isMainThread) register(import.meta.url, import.meta.url);

/** Resolves `.js` specifiers to the `.ts` source beside them when there is no .js file. */
export async function resolve(specifier, context, next) {
  if (specifier.endsWith(".js") && context.parentURL?.startsWith("file:") && (specifier.startsWith(".") || specifier.startsWith("/"))) {
    const source = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
    if (!existsSync(new URL(specifier, context.parentURL)) && existsSync(source)) return { url: source.href, format: "module", shortCircuit: true };
  }
  return next(specifier, context);
}

/** Loads .ts files as ES modules, transpiled. */
export async function load(url, context, next) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return next(url, context);
  const path = fileURLToPath(url);
  const source = await readFile(path, "utf8");
  return { format: "module", source: await transpiled(path, source), shortCircuit: true };
}

async function transpiled(path, source) {
  const key = createHash("sha256").update(path).update("\0").update(source).digest("hex");
  const cached = join(cacheDir, `${key}.js`);
  try {
    return await readFile(cached, "utf8");
  } catch {
    // not cached yet
  }
  compiler ??= (await import("typescript")).default;
  const options = { module: compiler.ModuleKind.ESNext, target: compiler.ScriptTarget.ES2022, verbatimModuleSyntax: true };
  const out = compiler.transpileModule(source, { compilerOptions: options, fileName: path }).outputText;
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  await writeFile(tmp, out);
  await rename(tmp, cached);
  return out;
}
