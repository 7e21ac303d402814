import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { ContractOptions } from './contract.js';
import { validateManifest } from './manifest.js';
import { isObject, type PackageJson, packageEntry, packageName, readPackageJson } from './package-json.js';
import type { ConnectorManifest } from './types.js';

/** A problem in one file of a connector package. */
export interface PackageProblem {
  /** File inside the package folder, e.g. `manifest.json`. */
  file: string;
  /** JSON pointer into that file (`""` for the file as a whole). */
  pointer: string;
  message: string;
  /** Errors keep the package from loading; warnings do not. */
  severity: 'error' | 'warning';
}

/** What a static look at a connector folder found, without importing any of its code. */
export interface PackageCheck {
  dir: string;
  packageJson?: PackageJson;
  packageName?: string;
  /** The manifest id, when the manifest could be read, even if it has problems. */
  id?: string;
  /** Present when the manifest passed the schema and the contract. */
  manifest?: ConnectorManifest;
  /** The manifest file, relative to the package folder. */
  manifestFile: string;
  /** Absolute path of the built module the package exports, when it exists. */
  entry?: string;
  /** `src/index.ts` when the package is not built (loadable under tsx or vitest). */
  sourceFile?: string;
  logo?: { path: string; type: 'image/svg+xml' | 'image/png' };
  /** Absolute path of README.md, the integration manual. */
  manualPath?: string;
  problems: PackageProblem[];
}

/** Options for {@link checkConnectorPackage}. */
export interface PackageCheckOptions extends Pick<ContractOptions, 'vocabulary'> {
  /** package.json already read by the caller, so it is not read twice. */
  packageJson?: PackageJson;
}

const DEFAULT_MANIFEST = './manifest.json';

/**
 * Checks a connector package folder statically — package.json, the manifest (schema and
 * contract), whether it ships a verify module (`ready` ⇔ module), the logo and the integration
 * manual — and collects every problem. The one check the validate CLI and the registry share.
 */
export function checkConnectorPackage(dir: string, options: PackageCheckOptions = {}): PackageCheck {
  const problems: PackageProblem[] = [];
  const add = (severity: PackageProblem['severity'], file: string, pointer: string, message: string) =>
    problems.push({ file, pointer, message, severity });

  let packageJson = options.packageJson;
  if (!packageJson) {
    const read = readPackageJson(dir);
    if (read.kind !== 'ok') {
      add(
        'error',
        'package.json',
        '',
        read.kind === 'missing' ? 'is missing or unreadable' : `is not valid JSON: ${message(read.error)}`,
      );
      return { dir, manifestFile: DEFAULT_MANIFEST, problems };
    }
    packageJson = read.json;
  }
  const name = packageName(packageJson);
  const declared = isObject(packageJson.paycore) ? packageJson.paycore.manifest : undefined;
  const manifestFile = typeof declared === 'string' ? declared : DEFAULT_MANIFEST;
  const shownManifest = manifestFile.replace(/^\.\//, '');
  const base = { dir, packageJson, manifestFile, ...(name === undefined ? {} : { packageName: name }) };
  if (typeof declared !== 'string')
    add(
      'warning',
      'package.json',
      '/paycore/manifest',
      `should name the manifest; ${DEFAULT_MANIFEST} is assumed`,
    );
  if (!(Array.isArray(packageJson.keywords) && packageJson.keywords.includes('paycore-connector'))) {
    add(
      'warning',
      'package.json',
      '/keywords',
      'should include "paycore-connector" so the package can be found on npm',
    );
  }
  if (!(isObject(packageJson.peerDependencies) && '@paycore/core' in packageJson.peerDependencies)) {
    add('warning', 'package.json', '/peerDependencies', 'should list @paycore/core as a peer dependency');
  }

  const data = readJson(resolve(dir, manifestFile));
  if (!data.ok) {
    if (data.missing)
      add('error', 'package.json', '/paycore/manifest', `names ${manifestFile}, which cannot be read`);
    else add('error', shownManifest, '', `is not valid JSON: ${data.reason}`);
    return { ...base, problems };
  }
  const raw = data.value;
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;

  const declaredEntry = packageEntry(packageJson);
  const entryPath = declaredEntry === undefined ? undefined : resolve(dir, declaredEntry);
  const built = entryPath !== undefined && existsSync(entryPath);
  const source = join(dir, 'src', 'index.ts');
  const sourceFile = entryPath !== undefined && !built && existsSync(source) ? source : undefined;
  if (sourceFile)
    add('warning', 'package.json', '/exports', `${declaredEntry} does not exist: the package is not built`);
  // A not-ready package may export `{ manifest }` alone; whether a module carries a hook cannot be
  // told without importing it, so the not-ready ⇔ no-hook rule is checked one way only.
  const hasModule = built || sourceFile !== undefined;
  const status = isObject(raw) ? raw.status : undefined;
  const hasVerify = hasModule ? (status === 'ready' ? true : undefined) : false;
  const validation = validateManifest(raw, {
    ...(options.vocabulary ? { vocabulary: options.vocabulary } : {}),
    ...(hasVerify === undefined ? {} : { hasVerify }),
  });
  for (const problem of validation.problems) add('error', shownManifest, problem.pointer, problem.message);

  const check: PackageCheck = { ...base, ...(id === undefined ? {} : { id }), problems };
  if (built) check.entry = entryPath;
  if (sourceFile) check.sourceFile = sourceFile;
  if (validation.ok) check.manifest = validation.manifest;
  // Read from the raw manifest so these are reported together with any manifest problems.
  const logo = isObject(raw) && typeof raw.logo === 'string' ? raw.logo : undefined;
  if (logo !== undefined) {
    const logoPath = resolve(dir, logo);
    const type = extname(logoPath).toLowerCase() === '.svg' ? 'image/svg+xml' : 'image/png';
    if (existsSync(logoPath)) {
      check.logo = { path: logoPath, type };
      if (status === 'ready' && type === 'image/svg+xml') checkPlaceholderLogo(logoPath, shownManifest, add);
    } else
      add(
        'warning',
        shownManifest,
        '/logo',
        `names ${logo}, which does not exist; the directory shows the catalogue logo or none`,
      );
  }
  const manual = join(dir, 'README.md');
  if (existsSync(manual)) check.manualPath = manual;
  else if (status === 'ready') {
    add(
      'error',
      'README.md',
      '',
      'is missing: a ready connector needs its integration manual (where each credential is found)',
    );
  }
  return check;
}

/** The attribute `pnpm create-connector` puts on the initials logo it writes as a placeholder. */
const PLACEHOLDER_LOGO_MARK = 'data-paycore-placeholder';
/** The initials logo as the scaffold wrote it before it carried the mark. */
const UNMARKED_INITIALS_LOGO = /<rect width="64" height="64" rx="12" fill="#4f46e5"\/><text /;

/** A ready connector must replace the scaffold's initials logo with the provider's own. */
function checkPlaceholderLogo(
  logoPath: string,
  manifestFile: string,
  add: (severity: PackageProblem['severity'], file: string, pointer: string, message: string) => void,
): void {
  let svg: string;
  try {
    svg = readFileSync(logoPath, 'utf8');
  } catch {
    return;
  }
  if (svg.includes(PLACEHOLDER_LOGO_MARK))
    add(
      'error',
      manifestFile,
      '/logo',
      "names the scaffold's placeholder initials logo: a ready connector ships the provider's own logo (from its brand or press page)",
    );
  else if (UNMARKED_INITIALS_LOGO.test(svg))
    add(
      'warning',
      manifestFile,
      '/logo',
      "looks like the scaffold's initials logo: replace it with the provider's own logo",
    );
}

/** True when the check found no error (warnings allowed). */
export function packageLoads(check: PackageCheck): check is PackageCheck & { manifest: ConnectorManifest } {
  return check.manifest !== undefined && !check.problems.some((p) => p.severity === 'error');
}

function readJson(
  file: string,
): { ok: true; value: unknown } | { ok: false; missing: boolean; reason: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, missing: true, reason: message(error) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, missing: false, reason: message(error) };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
