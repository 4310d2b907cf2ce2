/** Structured logging with redaction that is on in every environment. */
import pino, { type Logger } from 'pino';

/**
 * Paths that may carry report content, receipts, credentials or a reporter's traces. The
 * request serializer below already drops addresses, headers and query strings; this list is
 * the second line of defence for anything logged by hand.
 */
const redactPaths = [
  'receipt',
  'password',
  'token',
  'body',
  'description',
  'identity',
  'fileName',
  'authorization',
  'cookie',
  '*.receipt',
  '*.password',
  '*.token',
  '*.body',
  '*.description',
  '*.identity',
  '*.fileName',
  '*.authorization',
  '*.cookie',
  'req.headers',
  'req.query',
  'req.remoteAddress',
  'req.remotePort',
];

export type { Logger };

/** Creates the process logger; `destination` lets tests capture what is written. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: {
        // Only the route pattern is kept: never the query string, address or user agent.
        req: (req: { method?: string; routeOptions?: { url?: string }; id?: string }) => ({
          method: req.method,
          route: req.routeOptions?.url,
          id: req.id,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
    },
    destination,
  );
}
