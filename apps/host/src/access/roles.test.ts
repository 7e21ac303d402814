import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { can, covers, PERMISSION_MATRIX, PERMISSIONS, ROLES } from './roles.js';

/** The permission table of the host's README, as `permission → roles with a ✓`. */
function readmeMatrix(): Record<string, string[]> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = /<!-- permission-matrix:start -->([\s\S]*?)<!-- permission-matrix:end -->/.exec(readme)?.[1];
  if (!table) throw new Error('the README has no permission-matrix block');
  const rows = table.trim().split('\n').slice(2);
  return Object.fromEntries(
    rows.map((row) => {
      const cells = row.split('|').map((cell) => cell.trim());
      const permission = cells[1]?.replaceAll('`', '') ?? '';
      return [permission, ROLES.filter((_, index) => cells[2 + index] === '✓')];
    }),
  );
}

describe('the permission matrix', () => {
  it('is the table the README documents, row for row', () => {
    const fromCode = Object.fromEntries(PERMISSIONS.map((p) => [p, [...PERMISSION_MATRIX[p].roles]]));
    expect(readmeMatrix()).toEqual(fromCode);
  });

  it('gives a stronger role every right of a weaker one', () => {
    for (const permission of PERMISSIONS)
      for (const role of ROLES)
        for (const weaker of ROLES)
          if (covers(role, weaker) && can(weaker, permission)) expect(can(role, permission)).toBe(true);
  });
});
