import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkId, planConnector } from './plan.js';
import { scaffoldConnector } from './scaffold.js';

const USAGE = `Usage: pnpm create-connector <id>

Creates connectors/<id>: manifest, verify hook, credential types, conformance test, README
(the integration manual) and a changeset. When <id> is an OpenFinTech provider code, the name,
countries and methods come from the catalogue.`;

/** Runs the command line; returns the exit code. */
export async function main(args: string[], cwd = process.env.INIT_CWD ?? process.cwd()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const id = args.find((arg) => !arg.startsWith('-'));
  const problem = checkId(id);
  if (problem) {
    console.error(`${problem}\n\n${USAGE}`);
    return 2;
  }
  const root = findWorkspaceRoot(cwd);
  if (!root) {
    console.error('Run this inside the PayCore workspace (no pnpm-workspace.yaml found above this folder).');
    return 2;
  }
  const plan = planConnector(id!);
  try {
    const files = await scaffoldConnector(plan, { root });
    console.log(`Created ${plan.packageName}${plan.openfintechCode ? ' (prefilled from OpenFinTech)' : ''}:`);
    for (const file of files) console.log(`  ${file}`);
    console.log(`
Next:
  pnpm install
  pnpm --filter ${plan.packageName} test
  pnpm exec paycore-validate connectors/${plan.id}

Then replace the placeholder API in manifest.json and src/verify.ts with the provider's real one,
answer its documented responses in test/${plan.id}.test.ts, and fill in README.md.`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function findWorkspaceRoot(from: string): string | undefined {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
