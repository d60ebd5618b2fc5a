// Stages the VS Code extension (manifest, client and server bundles, config schema, rule docs) and packs it into a .vsix offline.
// Usage: node scripts/package-extension.mjs [--no-build] [--out file.vsix]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEMMA_TABLE_FILE } from './lemma-table-plugin.mjs';
import { MATCHER_PLANS_FILE } from './matcher-plans-plugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = path.join(root, 'dist', 'extension');
const args = process.argv.slice(2);
const rootManifest = readJson(path.join(root, 'package.json'));
const outIndex = args.indexOf('--out');
const vsix = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : path.join(root, `followup-lint-${rootManifest.version}.vsix`));

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function copy(from, to) {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}

function need(file, hint) {
  if (!existsSync(file)) {
    console.error(`package-extension: ${path.relative(root, file)} is missing (${hint}).`);
    process.exit(1);
  }
}

if (!args.includes('--no-build')) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--no-types'], { cwd: root, stdio: 'inherit' });
}
const clientBundle = path.join(root, 'client', 'out', 'extension.js');
const serverBundle = path.join(root, 'dist', 'server.cjs');
need(clientBundle, 'the build bundles client/src/extension.ts');
need(serverBundle, 'the build bundles server/lsp/main.ts');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

// The schema of .followuplintrc.json: the committed file, else derived from the built library.
const schemaFile = path.join(root, 'schema', 'followuplintrc.schema.json');
let schema;
if (existsSync(schemaFile)) {
  schema = readJson(schemaFile);
} else {
  const library = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  schema = library.configSchema();
}
writeJson(path.join(stage, 'schema', 'followuplintrc.schema.json'), schema);
// package.json may carry the same configuration under its `followupLint` key.
writeJson(path.join(stage, 'schema', 'package-json.schema.json'), {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: { followupLint: { $ref: './followuplintrc.schema.json', description: 'followup-lint configuration.' } },
});

// The manifest: the client's, with the product's version and the rule settings' schema inlined
// so that settings.json completes and checks rule ids and options.
const manifest = readJson(path.join(root, 'client', 'package.json'));
manifest.version = rootManifest.version;
delete manifest.private;
// What the .vsix carries besides package.json and README.md: the bundles, the schema and rule pages.
manifest.files = ['out', 'schema', 'docs'];
const rulesSetting = manifest.contributes.configuration.properties['followupLint.rules'];
const rulesSchema = schema.properties?.rules;
if (rulesSchema?.properties) {
  rulesSetting.properties = rulesSchema.properties;
  rulesSetting.additionalProperties = false;
}
writeJson(path.join(stage, 'package.json'), manifest);

copy(clientBundle, path.join(stage, 'out', 'extension.js'));
copy(serverBundle, path.join(stage, 'out', 'server.cjs'));
// The data the server bundle reads from beside itself (scripts/data-beside-bundle.mjs).
for (const name of [LEMMA_TABLE_FILE, MATCHER_PLANS_FILE]) {
  const file = path.join(root, 'dist', name);
  need(file, 'the build writes it beside dist/server.cjs');
  copy(file, path.join(stage, 'out', name));
}

// Rule pages ship inside the extension so "Show Rule Documentation" works offline.
const docsDir = path.join(root, 'docs', 'rules');
if (existsSync(docsDir)) {
  for (const name of readdirSync(docsDir)) {
    if (name.endsWith('.md') && statSync(path.join(docsDir, name)).isFile()) copy(path.join(docsDir, name), path.join(stage, 'docs', 'rules', name));
  }
}

const readme = path.join(root, 'docs', 'editor.md');
need(readme, 'the extension README');
copy(readme, path.join(stage, 'README.md'));
const license = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((n) => path.join(root, n)).find((f) => existsSync(f));
if (license) copy(license, path.join(stage, 'LICENSE'));

const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// The README is docs/editor.md: its relative links point into docs/ on the repository.
const docsUrl = `${manifest.repository.url.replace(/\.git$/, '')}/blob/main/docs`;
const vsceArgs = ['package', '--no-dependencies', '--out', vsix, '--baseContentUrl', docsUrl, '--baseImagesUrl', docsUrl, ...(license ? [] : ['--skip-license'])];
execFileSync(process.execPath, [vsce, ...vsceArgs], { cwd: stage, stdio: 'inherit' });
console.log(`package-extension: ${path.relative(process.cwd(), vsix) || vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
