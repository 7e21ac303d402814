import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkConnectorPackage, type PackageCheck, type Vocabulary } from '@paycore/core';
import { vocabulary as openfintech } from '@paycore/openfintech';

const USAGE = `Usage: paycore-validate <connector folder>…

Checks each connector package: package.json, the manifest against the schema and the contract
(methods, currencies and countries against the OpenFinTech vocabulary, secrets marked writeOnly,
ready ⇔ a verify hook, hosts for every environment), the logo and the README.
Prints every problem with its file and JSON pointer and exits 1, or a one-line summary and exits 0.`;

/** Runs the command line and returns the exit code; `out`/`err` default to the console. */
export function main(
  args: string[],
  io: { out: (line: string) => void; err: (line: string) => void; cwd: string; vocabulary: Vocabulary } = {
    out: console.log,
    err: console.error,
    cwd: process.cwd(),
    vocabulary: openfintech,
  },
): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const dirs = args.filter((arg) => !arg.startsWith('-'));
  if (dirs.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const checks: PackageCheck[] = [];
  for (const dir of expand(dirs.map((d) => resolve(io.cwd, d))))
    checks.push(checkConnectorPackage(dir, { vocabulary: io.vocabulary }));

  let errors = 0;
  let warnings = 0;
  for (const check of checks) {
    const shown = relative(io.cwd, check.dir) || '.';
    for (const problem of check.problems) {
      const where = `${shown}/${problem.file}${problem.pointer ? `#${problem.pointer}` : ''}`;
      if (problem.severity === 'error') {
        errors++;
        io.err(`error   ${where}: ${problem.message}`);
      } else {
        warnings++;
        io.err(`warning ${where}: ${problem.message}`);
      }
    }
  }
  const names = checks.map((c) => c.id ?? relative(io.cwd, c.dir)).join(', ');
  const noun = `connector${checks.length === 1 ? '' : 's'}`;
  if (errors > 0) {
    io.err(`✗ ${errors} problem${errors === 1 ? '' : 's'} in ${checks.length} ${noun} (${names})`);
    return 1;
  }
  const ready = checks.filter((c) => c.manifest?.status === 'ready').length;
  io.out(
    `✓ ${checks.length} ${noun} valid (${names}): ${ready} ready${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`,
  );
  return 0;
}

/** A folder without package.json but with connector children (e.g. `connectors/`) stands for its children. */
function expand(dirs: string[]): string[] {
  return dirs.flatMap((dir) => {
    if (existsSync(join(dir, 'package.json')) || !existsSync(dir)) return [dir];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
      .map((entry) => join(dir, entry.name));
  });
}
