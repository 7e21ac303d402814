// Writes dist/framework-versions.json: the versions of the framework packages an outside connector
// depends on, read from this workspace at build time so a published create-connector scaffolds
// against the releases published with it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packages = join(here, '..', '..');
const versions = {};
for (const folder of ['core', 'testkit', 'codegen', 'validate']) {
  const pkg = JSON.parse(readFileSync(join(packages, folder, 'package.json'), 'utf8'));
  versions[pkg.name] = pkg.version;
}
mkdirSync(join(here, '..', 'dist'), { recursive: true });
writeFileSync(join(here, '..', 'dist', 'framework-versions.json'), `${JSON.stringify(versions, null, 2)}\n`);
