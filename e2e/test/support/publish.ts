import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './run.js';

/** The framework packages' folder names under `packages/`, from the list `lint:packages` uses. */
export async function frameworkPackages(repo: string): Promise<readonly string[]> {
  const list = pathToFileURL(join(repo, 'scripts', 'framework-packages.js')).href;
  return ((await import(list)) as { FRAMEWORK_PACKAGES: string[] }).FRAMEWORK_PACKAGES;
}

/**
 * Publishes the built framework packages with `changeset publish`, as the release workflow does,
 * to the registry `npmrc` names. It runs in a copy of the workspace that holds only the framework
 * packages: in the repository it would also publish every connector.
 * `changeset publish` hands each package to `pnpm publish`, which rewrites `workspace:` ranges to
 * the versions it publishes. Returns what it printed.
 */
export async function publishFramework(
  repo: string,
  dir: string,
  npmrc: string,
  url: string,
): Promise<string> {
  const packageManager = (
    createRequire(join(repo, 'package.json'))('./package.json') as { packageManager: string }
  ).packageManager;
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'paycore-release', private: true, packageManager }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  mkdirSync(join(dir, '.changeset'));
  cpSync(join(repo, '.changeset', 'config.json'), join(dir, '.changeset', 'config.json'));
  for (const name of await frameworkPackages(repo)) {
    cpSync(join(repo, 'packages', name), join(dir, 'packages', name), {
      recursive: true,
      // A package's own node_modules holds only links to its dependencies; pnpm publish reads the
      // versions of `workspace:` dependencies through them.
      filter: (source) => basename(source) !== '.turbo',
    });
  }
  const changeset = join(
    dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json')),
    'bin.js',
  );
  const { output } = await run(process.execPath, [changeset, 'publish', '--no-git-tag'], {
    cwd: dir,
    // Lower case: changesets reads `npm_config_registry` to tell a custom registry from npm's.
    env: { npm_config_userconfig: npmrc, npm_config_registry: url },
  });
  return output;
}
