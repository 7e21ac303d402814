import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderCredentialTypes } from '@paycore/codegen';
import { providerLogoPath } from '@paycore/openfintech';
import type { ConnectorPlan } from './plan.js';
import { indexSource, testSource, verifySource } from './template-code.js';
import { changeset, initialsLogo, manifestJson, packageJson, readme, tsconfigs } from './templates.js';

/** Where to write and how the new package refers to core. */
export interface ScaffoldOptions {
  /** Workspace root: the package goes to `<root>/connectors/<id>`, the changeset to `<root>/.changeset`. */
  root: string;
  /** Version range of the @paycore packages; `workspace:^` inside this repository. */
  coreRange?: string;
}

/** Writes the new connector package and returns the files written, relative to the root. */
export async function scaffoldConnector(plan: ConnectorPlan, options: ScaffoldOptions): Promise<string[]> {
  const dir = join(options.root, 'connectors', plan.id);
  if (existsSync(dir))
    throw new Error(`connectors/${plan.id} already exists; choose another id or remove the folder`);
  const written: string[] = [];
  const write = (file: string, content: string) => {
    const path = join(dir, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    written.push(relative(options.root, path));
  };

  const catalogueLogo = plan.openfintechCode ? providerLogoPath(plan.openfintechCode) : undefined;
  const logoFile = catalogueLogo?.endsWith('.png') ? 'logo.png' : 'logo.svg';
  const configs = tsconfigs();
  write('package.json', packageJson(plan, options.coreRange ?? 'workspace:^', logoFile));
  write('manifest.json', manifestJson(plan, logoFile));
  write('tsconfig.json', configs.tsconfig);
  write('tsconfig.build.json', configs.build);
  write('README.md', readme(plan));
  write('src/verify.ts', verifySource(plan));
  write('src/index.ts', indexSource(plan));
  write(`test/${plan.id}.test.ts`, testSource(plan));
  if (catalogueLogo) {
    copyFileSync(catalogueLogo, join(dir, logoFile));
    written.push(relative(options.root, join(dir, logoFile)));
  } else {
    write(logoFile, initialsLogo(plan));
  }
  const credentials = await renderCredentialTypes(dir);
  write('src/credentials.ts', credentials.source);

  const changesetDir = join(options.root, '.changeset');
  if (existsSync(changesetDir)) {
    const file = join(changesetDir, `${plan.id}-connector.md`);
    writeFileSync(file, changeset(plan));
    written.push(relative(options.root, file));
  }
  return written;
}
