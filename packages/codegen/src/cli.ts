import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { renderCredentialTypes } from './credential-types.js';

const USAGE = `Usage: paycore-codegen [--check] [connector folder …]

Writes src/credentials.ts of each connector from its manifest's credential schema.
With no folder: the current folder if it holds a manifest.json, else every connectors/* of the workspace.
--check  write nothing; exit 1 and name every file that is stale.`;

/** Runs the command line; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const check = args.includes('--check');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const dirs = connectorDirs(args.filter((a) => !a.startsWith('-')));
  if (dirs.length === 0) {
    console.error('No connector folder found (a folder with manifest.json).');
    return 2;
  }
  const stale: string[] = [];
  for (const dir of dirs) {
    const { file, source } = await renderCredentialTypes(dir);
    const current = existsSync(file) ? await readFile(file, 'utf8') : undefined;
    if (current === source) continue;
    const shown = relative(process.cwd(), file) || file;
    if (check) {
      stale.push(shown);
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, source);
      console.log(`wrote ${shown}`);
    }
  }
  if (check && stale.length > 0) {
    for (const file of stale) console.error(`stale: ${file} does not match its manifest's credential schema`);
    console.error('Run `pnpm codegen` and commit the result.');
    return 1;
  }
  if (check)
    console.log(`credential types up to date (${dirs.length} connector${dirs.length === 1 ? '' : 's'})`);
  return 0;
}

function connectorDirs(given: string[]): string[] {
  if (given.length > 0) return given.map((dir) => resolve(dir));
  const cwd = process.cwd();
  if (existsSync(join(cwd, 'manifest.json'))) return [cwd];
  const root = findUp(cwd, 'pnpm-workspace.yaml');
  if (!root) return [];
  const connectors = join(root, 'connectors');
  if (!existsSync(connectors)) return [];
  return readdirSync(connectors, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(connectors, entry.name, 'manifest.json')))
    .map((entry) => join(connectors, entry.name));
}

function findUp(from: string, file: string): string | undefined {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, file))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
