// Bundle the desk's page into the Python package, with the licences of what it bundles.
//
//   npm ci && npm run build     write src/smartbrev/desk/static/desk.js and its licences
//   npm run check               exit 1 when the packaged files differ from a fresh build
//
// The output depends only on the sources and the locked versions, so the check proves the
// packaged bundle is the one the lock file builds.

import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const staticDir = join(here, "..", "..", "src", "smartbrev", "desk", "static");
const outputs = {
  bundle: join(staticDir, "desk.js"),
  licences: join(staticDir, "desk.js.LICENSES.txt"),
};

const result = await esbuild.build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  format: "esm",
  target: ["es2020"],
  minify: true,
  legalComments: "none",
  write: false,
  metafile: true,
  outfile: outputs.bundle,
  logLevel: "warning",
});

/** The packages whose code is in the bundle, with their versions and licence texts. */
function licences(metafile) {
  const packages = new Map();
  const [output] = Object.values(metafile.outputs);
  const used = Object.entries(output.inputs).filter(([, info]) => info.bytesInOutput > 0);
  for (const [input] of used) {
    const parts = input.split(/[\\/]/);
    const at = parts.lastIndexOf("node_modules");
    if (at < 0) continue;
    const name = parts[at + 1].startsWith("@") ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
    const root = join(here, ...parts.slice(0, at + 1), ...name.split("/"));
    packages.set(name, root);
  }
  const sections = [...packages.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, root]) => {
      const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
      const file = readdirSync(root).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
      const text = file ? readFileSync(join(root, file), "utf8").trim() : `${manifest.license} (no licence file in the package)`;
      return `${name} ${manifest.version} (${manifest.license})\n\n${text}\n`;
    });
  const header =
    "Third-party code in desk.js, built from frontend/desk (package-lock.json) by build.mjs.\n" +
    `Packages: ${packages.size}.\n`;
  return [header, ...sections].join(`\n${"-".repeat(78)}\n\n`);
}

const built = {
  bundle: result.outputFiles[0].text,
  licences: licences(result.metafile),
};

if (process.argv.includes("--check")) {
  const stale = Object.entries(outputs).filter(
    ([key, path]) => !existsSync(path) || readFileSync(path, "utf8") !== built[key],
  );
  for (const [, path] of stale) console.error(`${relative(process.cwd(), path).split(sep).join("/")} differs from a fresh build; run npm run build`);
  process.exit(stale.length ? 1 : 0);
}
for (const [key, path] of Object.entries(outputs)) writeFileSync(path, built[key]);
console.log(`wrote desk.js (${Math.round(built.bundle.length / 1024)} KiB) and its licences`);
