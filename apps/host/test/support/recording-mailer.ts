import type { MailMessage, Mailer } from '../../src/mail/mailer.js';

/** A mailer that keeps every message, for tests that read what the host sent. */
export interface RecordingMailer extends Mailer {
  readonly sent: MailMessage[];
  /** The last message to `to`, waiting for it up to `timeoutMs`. */
  lastTo(to: string, timeoutMs?: number): Promise<MailMessage>;
  /** The last invitation e-mail to `to` (sign-up also mails a verification link). */
  lastInvitationTo(to: string, timeoutMs?: number): Promise<MailMessage>;
}

/** Creates a {@link RecordingMailer}. */
export function recordingMailer(): RecordingMailer {
  const sent: MailMessage[] = [];
  const last = async (to: string, timeoutMs: number, kind?: RegExp): Promise<MailMessage> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = sent.filter((message) => message.to === to && (!kind || kind.test(message.text))).at(-1);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such e-mail to ${to} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    sent,
    async send(message) {
      sent.push(message);
    },
    async close() {},
    lastTo: (to, timeoutMs = 10_000) => last(to, timeoutMs),
    lastInvitationTo: (to, timeoutMs = 10_000) => last(to, timeoutMs, /\/invitation#token=/),
  };
}

/** The invitation token in an invitation e-mail's link. */
export function invitationToken(message: MailMessage): string {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(message.text);
  if (!match?.[1]) throw new Error(`no invitation link in: ${message.text}`);
  return match[1];
}
