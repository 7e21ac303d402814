import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

/** One e-mail the host sends. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends the host's e-mail (verification, password reset, invitations). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** How the host sends e-mail: `SMTP_URL` and `MAIL_FROM`. */
export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; undefined writes messages to the log instead. */
  smtpUrl?: string;
  /** The sender, e.g. `PayCore <no-reply@paycore.example>`. */
  from: string;
}

/** The sender when `MAIL_FROM` is not set. */
export const DEFAULT_MAIL_FROM = 'PayCore <no-reply@localhost>';

/**
 * Sends over SMTP with nodemailer when `SMTP_URL` is set. Without it (the development default)
 * every message, links included, is written to the log at `info`, and the host says so at start.
 */
export function createMailer(config: MailConfig, logger: Logger): Mailer {
  if (config.smtpUrl === undefined) {
    logger.warn(
      'SMTP_URL is not set: e-mails are not sent but written to this log, links included (development only)',
    );
    return {
      send: async (message) => {
        logger.info(
          { mail: { from: config.from, ...message } },
          `e-mail to ${message.to}: ${message.subject}`,
        );
      },
      close: async () => undefined,
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
      });
    },
    close: async () => transport.close(),
  };
}
