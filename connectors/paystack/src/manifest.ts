import { readManifest } from '@paycore/core';

/** The connector's manifest, read once from the package. */
export const manifest = readManifest(new URL('../manifest.json', import.meta.url));
