import i18next from 'i18next';

/** The shortest new password the host accepts (its `NEW_PASSWORD` schema: 10 characters). */
export const MIN_PASSWORD = 10;

/** Why a new password would be refused, in the chosen language, or undefined when it would not. */
export function passwordTooShort(password: string): string | undefined {
  return password.length < MIN_PASSWORD
    ? i18next.t('auth.signup.passwordShort', { count: MIN_PASSWORD })
    : undefined;
}

/** Whether text has the shape of an e-mail address (the host checks it for real). */
export function looksLikeEmail(text: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text.trim());
}
