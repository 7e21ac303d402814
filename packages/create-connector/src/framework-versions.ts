import { readFileSync } from 'node:fs';

/** Versions of `@paycore/core`, `testkit`, `codegen` and `validate`, by package name. */
export type FrameworkVersions = Readonly<Record<FrameworkPackage, string>>;

/** The framework packages an outside connector depends on. */
export type FrameworkPackage =
  | '@paycore/core'
  | '@paycore/testkit'
  | '@paycore/codegen'
  | '@paycore/validate';

/**
 * The versions this build of create-connector was released with (`dist/framework-versions.json`,
 * written by its build), so an outside connector depends on packages that exist on the registry.
 */
export function readFrameworkVersions(): FrameworkVersions {
  const file = new URL('./framework-versions.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as FrameworkVersions;
}
