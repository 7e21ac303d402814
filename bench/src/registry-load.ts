import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNodeJson } from './processes.js';

/** Figures of one cold registry load, measured in a fresh process. */
export interface LoadFigures {
  importMs: number;
  loadMs: number;
  providers: number;
}

const LOAD = (options: string) => `
const t0 = performance.now();
const { createRegistry } = await import('@paycore/registry');
const t1 = performance.now();
const registry = await createRegistry(${options});
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, providers: registry.providers.length }));
`;

// The floor: the same files read and parsed, nothing validated or indexed.
const RAW = (dir: string) => `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const t0 = performance.now();
let n = 0;
for (const name of readdirSync(${JSON.stringify(dir)})) {
  JSON.parse(readFileSync(join(${JSON.stringify(dir)}, name, 'package.json'), 'utf8'));
  JSON.parse(readFileSync(join(${JSON.stringify(dir)}, name, 'manifest.json'), 'utf8'));
  n++;
}
console.log(JSON.stringify({ importMs: 0, loadMs: performance.now() - t0, providers: n }));
`;

/** Cold load of the real workspace (connectors plus the OpenFinTech directory), in a fresh process. */
export function loadWorkspace(benchDir: string, root: string): Promise<LoadFigures> {
  return runNodeJson<LoadFigures>(LOAD(JSON.stringify({ workspaceRoot: root })), benchDir);
}

/**
 * Cold loads of `count` synthetic connector packages only (no directory), each in a fresh process,
 * alternating with the raw-read floor; `runs` of each.
 */
export async function loadSynthetic(
  benchDir: string,
  count: number,
  runs: number,
): Promise<{ registry: LoadFigures[]; raw: LoadFigures[] }> {
  const dir = mkdtempSync(join(tmpdir(), `paycore-bench-${count}-`));
  try {
    for (let i = 0; i < count; i++) writeConnector(join(dir, `c${i}`), i);
    const registry: LoadFigures[] = [];
    const raw: LoadFigures[] = [];
    for (let run = 0; run < runs; run++) {
      registry.push(
        await runNodeJson<LoadFigures>(
          LOAD(JSON.stringify({ connectorPaths: [dir], includeDirectory: false })),
          benchDir,
        ),
      );
      raw.push(await runNodeJson<LoadFigures>(RAW(dir), benchDir));
    }
    return { registry, raw };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A ready connector package shaped like the real ones, with a small module file. */
function writeConnector(dir: string, i: number): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  const id = `synthetic-${i}`;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: `@bench/connector-${id}`,
      version: '1.0.0',
      type: 'module',
      keywords: ['paycore-connector'],
      paycore: { manifest: './manifest.json' },
      exports: { '.': { default: './dist/index.js' } },
      peerDependencies: { '@paycore/core': '^1.0.0' },
    }),
  );
  writeFileSync(join(dir, 'dist', 'index.js'), 'export default {};\n');
  writeFileSync(join(dir, 'README.md'), `# ${id}\n`);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      id,
      name: `Synthetic Pay ${i}`,
      status: 'ready',
      description: 'A generated connector for the registry benchmark.',
      website: 'https://example.com',
      countries: ['UA', 'PL', 'DE'],
      paymentMethods: ['payment_card', 'applepay'],
      payoutMethods: ['bank_card'],
      paymentServices: [
        { method: 'payment_card', currency: 'UAH', minAmount: 1, maxAmount: 100000 },
        { method: 'payment_card', currency: 'EUR' },
        { method: 'applepay', currency: 'EUR' },
      ],
      payoutServices: [{ method: 'bank_card', currency: 'UAH' }],
      environments: {
        sandbox: { baseUrl: `https://sandbox.${id}.test`, hosts: [`sandbox.${id}.test`] },
        live: { baseUrl: `https://api.${id}.test`, hosts: [`api.${id}.test`] },
      },
      credentials: {
        version: 1,
        schema: {
          type: 'object',
          required: ['apiKey'],
          properties: {
            apiKey: {
              type: 'string',
              title: 'API key',
              description: 'starts with test_ or live_',
              pattern: '^(test|live)_[A-Za-z0-9]{16,}$',
              writeOnly: true,
            },
            merchantId: {
              type: 'string',
              title: 'Merchant ID',
              pattern: '^[0-9]{4,12}$',
              description: 'digits',
            },
          },
        },
      },
    }),
  );
}
