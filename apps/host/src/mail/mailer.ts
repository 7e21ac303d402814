import type { Logger } from 'pino';

/** One e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends e-mail; the host reaches it through its dependencies as `mailer`. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/**
 * The development mailer: writes each message, links included, to the host's log instead of
 * sending it, so a host with no SMTP server configured still shows what it would have sent.
 */
export function createLogMailer(logger: Logger): Mailer {
  return {
    async send(message) {
      logger.info(
        { mail: { to: message.to, subject: message.subject, text: message.text } },
        'e-mail (not sent: no SMTP configured)',
      );
    },
    async close() {},
  };
}
