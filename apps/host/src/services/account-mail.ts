import type { Queryable } from '../db/database.js';
import type { Mailer } from '../mail/mailer.js';
import { type EmailLinkPurpose, insertEmailLink } from '../store/email-links.js';

/** What sending an account e-mail needs. */
export interface AccountMailDeps {
  db: Queryable;
  mailer: Mailer;
  /** The origin the dashboard is reached at (`PAYCORE_PUBLIC_URL`). */
  publicUrl: string;
}

/** The dashboard page each link opens, and the e-mail that carries it. */
const LINKS: Record<EmailLinkPurpose, { page: string; subject: string; body: (link: string) => string }> = {
  verify_email: {
    page: '/verify-email',
    subject: 'Confirm your e-mail address for PayCore',
    body: (link) =>
      `Confirm that this is your address by opening the link below (it works for 24 hours, once):\n\n${link}\n\nIf you did not sign up for PayCore, ignore this e-mail.`,
  },
  reset_password: {
    page: '/reset-password',
    subject: 'Reset your PayCore password',
    body: (link) =>
      `Choose a new password by opening the link below (it works for one hour, once):\n\n${link}\n\nIf you did not ask for this, ignore this e-mail: your password stays as it is.`,
  },
  change_email: {
    page: '/verify-email',
    subject: 'Confirm your new e-mail address for PayCore',
    body: (link) =>
      `Confirm your new sign-in address by opening the link below (it works for 24 hours, once):\n\n${link}\n\nUntil then you sign in with your current address.`,
  },
};

/**
 * Creates a single-use link of `purpose` for `email` and e-mails it there. The link points at the
 * configured public origin, never at the `Host` a request named.
 */
export async function sendAccountLink(
  deps: AccountMailDeps,
  userId: string,
  purpose: EmailLinkPurpose,
  email: string,
): Promise<void> {
  const token = await insertEmailLink(deps.db, userId, purpose, email);
  const spec = LINKS[purpose];
  // The token rides in the fragment, which browsers never send: it stays out of every access log
  // and proxy on the way to the dashboard page, which posts it to the API.
  const link = `${deps.publicUrl}${spec.page}#token=${encodeURIComponent(token)}`;
  await deps.mailer.send({ to: email, subject: spec.subject, text: spec.body(link) });
}

/** Tells the old address that the sign-in address is being changed, so a stolen session shows. */
export async function sendEmailChangeNotice(
  deps: AccountMailDeps,
  oldEmail: string,
  newEmail: string,
): Promise<void> {
  await deps.mailer.send({
    to: oldEmail,
    subject: 'Your PayCore sign-in address is being changed',
    text: `Someone signed in to your PayCore account asked to change its sign-in address to ${newEmail}.\n\nIf this was not you, reset your password at once.`,
  });
}

/** Tells the user their password was changed or reset. */
export async function sendPasswordChangedNotice(deps: AccountMailDeps, email: string): Promise<void> {
  await deps.mailer.send({
    to: email,
    subject: 'Your PayCore password was changed',
    text: 'The password of your PayCore account was changed, and every other session was signed out.\n\nIf this was not you, reset your password at once.',
  });
}
