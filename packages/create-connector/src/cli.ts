import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readFrameworkVersions } from './framework-versions.js';
import { checkId, planConnector } from './plan.js';
import { scaffoldConnector, scaffoldOutsideConnector } from './scaffold.js';
import { outsidePackageName } from './templates-outside.js';

const USAGE = `Usage: pnpm create-connector <id>
       pnpm create-connector --outside <dir> <id>

Creates connectors/<id>: manifest, verify hook, credential types, conformance test, README
(the integration manual) and a changeset. When <id> is an OpenFinTech provider code, the name,
countries and methods come from the catalogue.

With --outside, creates <dir>/<id> instead: a standalone package for a repository of its own,
depending on the published @paycore packages, with its own build, test and validate scripts.`;

/** Runs the command line; returns the exit code. */
export async function main(args: string[], cwd = process.env.INIT_CWD ?? process.cwd()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const outsideAt = args.indexOf('--outside');
  const outsideDir = outsideAt === -1 ? undefined : args[outsideAt + 1];
  if (outsideAt !== -1 && (outsideDir === undefined || outsideDir.startsWith('-'))) {
    console.error(`Give the folder after --outside.\n\n${USAGE}`);
    return 2;
  }
  const id = args.find((arg, index) => !arg.startsWith('-') && (outsideAt === -1 || index !== outsideAt + 1));
  const problem = checkId(id);
  if (problem) {
    console.error(`${problem}\n\n${USAGE}`);
    return 2;
  }
  if (outsideDir !== undefined) return outside(id!, resolve(cwd, outsideDir));
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
answer its documented responses in test/${plan.id}.test.ts, and fill in README.md.
A ready connector may not keep the placeholders: the .example website, docs and hosts, empty
countries or methods (find codes with \`pnpm exec paycore-vocab search <name>\`), the initials logo.
The changeset is written (.changeset/${plan.id}-connector.md): edit it, do not run pnpm changeset.`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

async function outside(id: string, dir: string): Promise<number> {
  const plan = { ...planConnector(id), packageName: outsidePackageName(id) };
  try {
    const files = await scaffoldOutsideConnector(plan, { dir, versions: readFrameworkVersions() });
    console.log(`Created ${plan.packageName} in ${join(dir, id)}:`);
    for (const file of files) console.log(`  ${file}`);
    console.log(`
Next:
  cd ${join(dir, id)}
  pnpm install
  pnpm test
  pnpm validate

Then replace the placeholder API in manifest.json and src/verify.ts with the provider's real one.
A ready connector may not keep the placeholders: the .example website, docs and hosts, empty
countries or methods (find codes with \`npx paycore-vocab search <name>\`), the initials logo.
README.md says how to load the package into a host (PAYCORE_CONNECTOR_PATHS).`);
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
