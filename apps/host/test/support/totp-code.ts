import { generate } from 'otplib';

/**
 * The code an authenticator app shows for `secret` (Base32, spaces allowed) `stepsAhead`
 * 30-second steps from now — for the host's and the dashboard's two-factor tests.
 */
export function totpCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({
    secret: secret.replace(/\s/g, ''),
    epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30,
  });
}
