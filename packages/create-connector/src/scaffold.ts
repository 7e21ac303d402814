import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderCredentialTypes } from '@paycore/codegen';
import { providerLogoPath } from '@paycore/openfintech';
import type { FrameworkVersions } from './framework-versions.js';
import type { ConnectorPlan } from './plan.js';
import { indexSource, testSource, verifySource } from './template-code.js';
import { changeset, initialsLogo, manifestJson, packageJson, readme, tsconfigs } from './templates.js';
import {
  INSTALLED_SCHEMA,
  OUTSIDE_GITIGNORE,
  outsideDevelopSection,
  outsidePackageJson,
  outsideTsconfigs,
} from './templates-outside.js';

/** Where to write and how the new package refers to core. */
export interface ScaffoldOptions {
  /** Workspace root: the package goes to `<root>/connectors/<id>`, the changeset to `<root>/.changeset`. */
  root: string;
  /** Version range of the @paycore packages; `workspace:^` inside this repository. */
  coreRange?: string;
}

/** Where a standalone connector goes and which framework releases it depends on. */
export interface OutsideScaffoldOptions {
  /** The package goes to `<dir>/<id>`. */
  dir: string;
  versions: FrameworkVersions;
}

/** Writes the new connector package and returns the files written, relative to the root. */
export async function scaffoldConnector(plan: ConnectorPlan, options: ScaffoldOptions): Promise<string[]> {
  const dir = join(options.root, 'connectors', plan.id);
  if (existsSync(dir))
    throw new Error(`connectors/${plan.id} already exists; choose another id or remove the folder`);
  const logoFile = logoFileOf(plan);
  const configs = tsconfigs();
  const written = await writePackage(dir, options.root, plan, logoFile, {
    'package.json': packageJson(plan, options.coreRange ?? 'workspace:^', logoFile),
    'manifest.json': manifestJson(plan, logoFile),
    'tsconfig.json': configs.tsconfig,
    'tsconfig.build.json': configs.build,
    'README.md': readme(plan),
  });

  const changesetDir = join(options.root, '.changeset');
  if (existsSync(changesetDir)) {
    const file = join(changesetDir, `${plan.id}-connector.md`);
    writeFileSync(file, changeset(plan));
    written.push(relative(options.root, file));
  }
  return written;
}

/**
 * Writes a standalone connector package to `<dir>/<id>`, for a repository of its own: inline
 * compiler options, the schema from `node_modules`, the published framework packages as dev
 * dependencies, its own build, test, validate and codegen scripts. Returns the files written,
 * relative to `dir`.
 */
export async function scaffoldOutsideConnector(
  plan: ConnectorPlan,
  options: OutsideScaffoldOptions,
): Promise<string[]> {
  const dir = join(options.dir, plan.id);
  if (existsSync(dir)) throw new Error(`${dir} already exists; choose another id or remove the folder`);
  const logoFile = logoFileOf(plan);
  const configs = outsideTsconfigs();
  return writePackage(dir, options.dir, plan, logoFile, {
    'package.json': outsidePackageJson(plan, options.versions, logoFile),
    'manifest.json': manifestJson(plan, logoFile, INSTALLED_SCHEMA),
    'tsconfig.json': configs.tsconfig,
    'tsconfig.build.json': configs.build,
    'README.md': readme(plan) + outsideDevelopSection(plan),
    '.gitignore': OUTSIDE_GITIGNORE,
  });
}

function logoFileOf(plan: ConnectorPlan): 'logo.png' | 'logo.svg' {
  const catalogueLogo = plan.openfintechCode ? providerLogoPath(plan.openfintechCode) : undefined;
  return catalogueLogo?.endsWith('.png') ? 'logo.png' : 'logo.svg';
}

/** Writes the given files plus the code, test, logo and credential types both layouts share. */
async function writePackage(
  dir: string,
  base: string,
  plan: ConnectorPlan,
  logoFile: string,
  files: Record<string, string>,
): Promise<string[]> {
  const written: string[] = [];
  const write = (file: string, content: string) => {
    const path = join(dir, file);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    written.push(relative(base, path));
  };
  for (const [file, content] of Object.entries(files)) write(file, content);
  write('src/verify.ts', verifySource(plan));
  write('src/index.ts', indexSource(plan));
  write(`test/${plan.id}.test.ts`, testSource(plan));
  const catalogueLogo = plan.openfintechCode ? providerLogoPath(plan.openfintechCode) : undefined;
  if (catalogueLogo) {
    copyFileSync(catalogueLogo, join(dir, logoFile));
    written.push(relative(base, join(dir, logoFile)));
  } else {
    write(logoFile, initialsLogo(plan));
  }
  const credentials = await renderCredentialTypes(dir);
  write('src/credentials.ts', credentials.source);
  return written;
}
