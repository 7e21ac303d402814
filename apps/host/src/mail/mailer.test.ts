import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createMailer } from './mailer.js';

describe('the mailer without SMTP', () => {
  it('says so at start and writes each message, link included, to the log', async () => {
    const lines: string[] = [];
    const mailer = createMailer(
      { from: 'PayCore <no-reply@localhost>' },
      createLogger('info', { write: (line: string) => void lines.push(line) }),
    );
    expect(lines.join('\n')).toContain('SMTP_URL is not set');
    await mailer.send({
      to: 'a@example.com',
      subject: 'Confirm',
      text: 'Open http://localhost:3000/verify-email#token=abc',
    });
    const logged = JSON.parse(lines.at(-1)!);
    expect(logged.mail).toMatchObject({ to: 'a@example.com', subject: 'Confirm' });
    expect(logged.mail.text).toContain('/verify-email#token=abc');
    await mailer.close();
  });
});
