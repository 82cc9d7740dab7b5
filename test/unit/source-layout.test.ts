import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../support/import-graph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const graph = importGraph(ROOT, 'src');

/**
 * Which folder may import which. Layers, lowest first: src/shared (pure logic both sides use:
 * pose < frames < exercise-core < exercises and gait < clip), src/engine (model loading and
 * backends), the contracts (what crosses between a page and its worker), the workers, src/storage
 * and src/ui (page-side parts every page uses), the two features' pages, src/app (the shell).
 */
const RULES: { name: string; from: RegExp; to: RegExp; except?: RegExp }[] = [
  { name: 'src/shared runs on both sides and knows neither', from: /^src\/shared\//, to: /^src\/(app|ui|storage|live|clip|engine)\// },
  { name: 'shared/pose is the lowest layer', from: /^src\/shared\/pose\//, to: /^src\/shared\/(frames|exercise-core|exercises|gait|clip)\// },
  { name: 'shared/frames sits below the exercise logic', from: /^src\/shared\/frames\//, to: /^src\/shared\/(exercise-core|exercises|gait|clip)\// },
  { name: 'exercise-core is what exercises use, not the other way round', from: /^src\/shared\/exercise-core\//, to: /^src\/shared\/(exercises|gait|clip)\// },
  { name: 'shared/clip brings exercises and gait together, not the other way round', from: /^src\/shared\/(exercises|gait)\//, to: /^src\/shared\/clip\// },
  { name: 'the engine knows no feature', from: /^src\/engine\//, to: /^src\/(app|ui|storage|live|clip)\// },
  { name: 'a contract names shared and engine types only', from: /^src\/(live|clip)\/[^/]*contract\.ts$/, to: /^src\/(app|ui|storage|live\/page|clip\/page|live\/worker|clip\/worker)\// },
  { name: 'workers have no page code', from: /^src\/(live|clip)\/worker\//, to: /^src\/(app|ui|storage|live\/page|clip\/page)\// },
  { name: 'the live worker does not use clip code', from: /^src\/live\/worker\//, to: /^src\/clip\// },
  { name: 'the clip worker does not use live code', from: /^src\/clip\/worker\//, to: /^src\/live\// },
  { name: 'ui and storage serve every page and know none', from: /^src\/(ui|storage)\//, to: /^src\/(app|live\/page|clip\/page|live\/worker|clip\/worker)\// },
  { name: 'the live page uses neither clip code nor the shell', from: /^src\/live\/page\//, to: /^src\/(app|clip)\// },
  { name: 'the clip page uses neither live code nor the shell', from: /^src\/clip\/page\//, to: /^src\/(app|live)\// },
  {
    name: 'a page reaches its worker through the contract',
    from: /^src\/(app|ui|storage|live\/page|clip\/page)\//,
    to: /^src\/(live\/worker|clip\/worker)\//,
    // The main-thread baseline of the benchmarks loads the engine on the page on purpose.
    except: /^src\/live\/page\/main-thread-pose\.ts$/,
  },
];

function linesOf(file: string): number {
  return readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1;
}

function allFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const p = join(dir, name);
    return statSync(join(ROOT, p)).isDirectory() ? allFiles(p) : [p];
  });
}

describe('source layout', () => {
  it('has no import cycle, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('imports run one way between the folders', () => {
    const broken: string[] = [];
    for (const [from, targets] of graph.edges) {
      for (const to of targets) {
        for (const rule of RULES) {
          if (rule.from.test(from) && rule.to.test(to) && !rule.except?.test(from)) broken.push(`${from} -> ${to}: ${rule.name}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const long = allFiles('src').filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).filter((f) => linesOf(f) > 300);
    expect(long.map((f) => `${f}: ${linesOf(f)} lines`)).toEqual([]);
  });

  it('gives each folder of src/shared an index the rest of the app imports it through', () => {
    const folders = readdirSync(join(ROOT, 'src/shared')).filter((n) => statSync(join(ROOT, 'src/shared', n)).isDirectory());
    expect(folders.filter((f) => !readdirSync(join(ROOT, 'src/shared', f)).includes('index.ts'))).toEqual([]);
    const behindIndex: string[] = [];
    for (const [from, targets] of graph.edges) {
      for (const to of targets) {
        const folder = /^src\/shared\/[^/]+\//.exec(to)?.[0];
        if (folder && !from.startsWith(folder) && !to.endsWith('/index.ts')) behindIndex.push(`${from} -> ${to}`);
      }
    }
    expect(behindIndex).toEqual([]);
  });

  it('keeps at most 10 loose modules at the top of src/shared', () => {
    const loose = readdirSync(join(ROOT, 'src/shared')).filter((n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n));
    expect(loose.length).toBeLessThanOrEqual(10);
  });

  it('keeps every test where vitest looks for tests', () => {
    const astray = ['scripts', 'test/support', 'test/fixtures'].flatMap(allFiles).filter((f) => /\.test\.tsx?$/.test(f));
    expect(astray).toEqual([]);
  });

  it('keeps test-only code out of src', () => {
    const testOnly = [...graph.edges.keys()].filter((f) => {
      const users = [...graph.edges].filter(([, targets]) => targets.includes(f)).map(([user]) => user);
      return users.length === 0 && !isEntry(f);
    });
    expect(testOnly.map((f) => relative(ROOT, join(ROOT, f)))).toEqual([]);
  });
});

/** Files nothing in src imports but that the build loads: page and worker entries, the alias target. */
function isEntry(file: string): boolean {
  return /^src\/app\/main\.tsx$|\.worker\.ts$|^src\/engine\/mediapipe-pose-stub\.ts$/.test(file);
}
