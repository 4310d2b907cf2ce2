/**
 * Test machinery: a real SMTP server on loopback that keeps every message it is given, decoded
 * (headers unfolded, encoded words and transfer encodings undone) so tests read what a mail
 * client would show, and raw, so nothing hides behind an encoding.
 */
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  to: string[];
  raw: string;
  subject: string;
  text: string;
};

export type SmtpSink = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Resolves once `count` messages have arrived in all, or rejects after `timeoutMs`. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

/** Starts an SMTP server on 127.0.0.1 (`port` 0: any free one). */
export async function startSmtpSink(port = 0, messages: ReceivedMail[] = []): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...decodeMessage(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;

  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    waitFor: async (count, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > until)
          throw new Error(`expected ${count} e-mails, ${messages.length} arrived`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port that was free a moment ago: for a server that is down now and comes up later. */
export async function freePort(): Promise<number> {
  const sink = await startSmtpSink();
  await sink.close();
  return sink.port;
}

function decodeWords(header: string): string {
  return header.replace(
    /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g,
    (_match, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: Buffer[] = [];
  for (const piece of text.replace(/=\r?\n/g, '').split(/(=[0-9A-Fa-f]{2})/)) {
    bytes.push(
      /^=[0-9A-Fa-f]{2}$/.test(piece)
        ? Buffer.from([parseInt(piece.slice(1), 16)])
        : Buffer.from(piece, 'utf8'),
    );
  }
  return Buffer.concat(bytes).toString('utf8');
}

/** Subject and text of a single-part or multipart message. */
export function decodeMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';

  const type = header('Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  let text: string;
  if (boundary) {
    text = body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => decodeMessage(part.replace(/^\r\n/, '')).text)
      .join('\n');
  } else {
    const encoding = header('Content-Transfer-Encoding').toLowerCase();
    text =
      encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(body)
          : body;
  }
  return { subject: decodeWords(header('Subject')), text };
}
