#!/usr/bin/env node
// Checks every framework package as it would be published: publint (package.json, `exports`,
// `files`) and Are the Types Wrong (types resolve for ESM consumers; these packages are ESM only).
// Run after a build. Prints what failed, or one line.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAMEWORK_PACKAGES } from './framework-packages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

const jobs = FRAMEWORK_PACKAGES.flatMap((name) => {
  const cwd = join(root, 'packages', name);
  return [
    { name, tool: 'publint', run: () => run(bin('publint'), ['--strict'], cwd) },
    {
      name,
      tool: 'attw',
      run: () => run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], cwd),
    },
  ];
});

// Each check packs the package; two at a time keeps a two-core machine responsive.
const failures = [];
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const { code, output } = await job.run();
    if (code !== 0) failures.push(`--- ${job.tool} @paycore/${job.name} (exit ${code})\n${output}`);
  }
}
await Promise.all([worker(), worker()]);

if (failures.length > 0) {
  console.error(failures.join('\n'));
  console.error(`lint:packages: ${failures.length} of ${jobs.length} checks failed`);
  process.exitCode = 1;
} else {
  console.log(`lint:packages: publint and attw clean on ${FRAMEWORK_PACKAGES.length} packages`);
}
