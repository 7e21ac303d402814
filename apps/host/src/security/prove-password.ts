import { verifyPassword } from '../crypto/passwords.js';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../http/errors.js';
import { findUserById } from '../store/users.js';
import type { RateLimiter } from './rate-limits.js';

/**
 * Checks a signed-in user's password before a sensitive change (address, password, two-factor),
 * counted like a sign-in attempt so a stolen session cannot guess it. A wrong password is a 422 on
 * `field`.
 */
export async function provePassword(
  deps: { db: Queryable; rateLimiter: RateLimiter },
  user: { id: string; email: string },
  password: string,
  address: string,
  field: string,
): Promise<void> {
  const attempt = [
    ['login_account', user.email],
    ['login_address', address],
  ] as const;
  await deps.rateLimiter.consume(...attempt);
  const found = await findUserById(deps.db, user.id);
  if (!found || !(await verifyPassword(password, found.passwordHash)))
    throw new ApiError('validation_failed', 'The password is not correct', {
      fields: [{ path: field, message: 'is not your current password' }],
    });
  await deps.rateLimiter.refund(...attempt);
}
