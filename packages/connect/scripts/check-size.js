// Fails the build when the SDK a platform ships to its users grows past its budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for every JavaScript file of the build together, gzipped. */
const LIMIT_BYTES = 5 * 1024;
// The build's folder; another may be named for the script's own test.
const dist = process.argv[2] ?? new URL('../dist/', import.meta.url).pathname;
const code = readdirSync(dist)
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => readFileSync(join(dist, name)))
  .reduce((all, part) => Buffer.concat([all, part]), Buffer.alloc(0));
const size = gzipSync(code, { level: 9 }).length;
if (size > LIMIT_BYTES) {
  console.error(
    `@paycore/connect is ${size} bytes gzipped, over its ${LIMIT_BYTES}-byte budget: make it smaller`,
  );
  process.exit(1);
}
console.log(`@paycore/connect: ${size} bytes gzipped (budget ${LIMIT_BYTES})`);
