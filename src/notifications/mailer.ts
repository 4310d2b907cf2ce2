/** Sending e-mail through the SMTP server the configuration names. */
import nodemailer from 'nodemailer';
import type { Config } from '../config/config.js';

/** One plain-text e-mail to one address. */
export type Mail = { to: string; subject: string; text: string };

export type Mailer = {
  /** Hands the mail to the SMTP server; rejects if the server does not take it. */
  send: (mail: Mail) => Promise<void>;
  close: () => void;
};

const seconds = 1000;

/** A mailer for `SMTP_URL`, or undefined when none is set (notifications are off). */
export function smtpMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | undefined {
  if (!config.smtpUrl) return undefined;
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 20 * seconds,
    greetingTimeout: 20 * seconds,
    socketTimeout: 60 * seconds,
  });
  return {
    send: async (mail) => {
      const info = await transport.sendMail({ from: config.mailFrom, ...mail });
      if (info.rejected.length > 0) throw new Error(`the SMTP server refused the recipient`);
    },
    close: () => transport.close(),
  };
}
