/** The OpenAPI document of `/api/v1`, for integrations such as a kiosk or a mobile app. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { reportSchema } from '../intake/report-schema.js';
import { difficulties, tracks } from '../settings/settings.js';

const error = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          enum: [
            'bad_request',
            'validation_failed',
            'unauthorized',
            'forbidden',
            'not_found',
            'too_many_attempts',
            'payload_too_large',
            'receipt_mistyped',
            'receipt_unknown',
            'conflict',
          ],
        },
        message: {
          type: 'string',
          description: 'Safe to show, in the language negotiated by Accept-Language or ?lang=',
        },
        fields: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
  },
};

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: 'Error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const caseNumber = {
  name: 'caseNumber',
  in: 'path',
  required: true,
  description: 'URL-encoded, e.g. WBS%2F0001%2FXII%2F2026%2FPOLRESTA-BPN',
  schema: { type: 'string' },
};
const bearer = [{ bearer: [] }];
const query = (name: string, description: string) => ({
  name,
  in: 'query',
  description,
  schema: { type: 'string' },
});

export function openApiDocument(publicUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Peluit API',
      version: '1',
      description:
        'Report misconduct or appreciation and follow it with a receipt; Propam case handling.',
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: error,
        Report: z.toJSONSchema(reportSchema, { io: 'input', unrepresentable: 'any' }),
      },
    },
    paths: {
      '/stats': {
        get: {
          summary:
            'Counts of a unit’s cases from metadata only (pimpinan, auditor, admin: and below; triase: own unit)',
          security: bearer,
          parameters: [
            {
              name: 'unit',
              in: 'query',
              schema: { type: 'string' },
              description: 'Unit code; default the caller’s',
            },
            { name: 'descendants', in: 'query', schema: { type: 'boolean' } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          ],
          responses: {
            '200': {
              description:
                '{ unit, descendants, from, to, total, units: [{ code, name, counts }] }; counts has total, byKind, byCategory, byState, byOutcome, feedback { onTime, late }, open, overdue, appreciations',
            },
            ...errors(401, 403, 422),
          },
        },
      },
      '/audit': {
        get: {
          summary: 'Audit log entries, newest first (auditor, admin); the reading is itself logged',
          security: bearer,
          parameters: [
            {
              name: 'cursor',
              in: 'query',
              schema: { type: 'string' },
              description: 'nextCursor of the previous page',
            },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
            },
            { name: 'caseNumber', in: 'query', schema: { type: 'string' } },
            { name: 'action', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: '{ items: [{ id, at, actor, action, caseNumber, detail }], nextCursor }',
            },
            ...errors(401, 403, 422),
          },
        },
      },
      '/audit/verification': {
        get: {
          summary: 'Whether the audit chain verifies, and its head to keep elsewhere',
          security: bearer,
          responses: {
            '200': {
              description:
                '{ ok: true, entries, head: "ID:HASH" } or { ok: false, entries, problem }',
            },
            ...errors(401, 403),
          },
        },
      },
      '/me': {
        get: {
          summary: 'The caller’s own account: address and the notifications they receive',
          security: bearer,
          responses: {
            '200': { description: '{ username, role, email, notify }' },
            ...errors(401),
          },
        },
        patch: {
          summary: 'Set one’s own e-mail address and notifications; a field left out is kept',
          security: bearer,
          requestBody: json({
            type: 'object',
            properties: {
              email: { type: ['string', 'null'], description: 'null or "": no e-mail' },
              notify: {
                type: 'array',
                items: {
                  type: 'string',
                  enum: ['new_case', 'assignment', 'reporter_reply', 'deadline'],
                },
              },
            },
          }),
          responses: { '200': { description: '{ email, notify }' }, ...errors(400, 401, 422) },
        },
      },
      '/reports': {
        post: {
          summary: 'Submit a report',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              schema: { type: 'string', minLength: 16, maxLength: 200 },
              description:
                'Repeating a request with the same key makes one report and returns the same receipt.',
            },
          ],
          requestBody: {
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Report' } },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    report: { type: 'string', description: 'The Report as JSON' },
                    files: { type: 'array', items: { type: 'string', format: 'binary' } },
                  },
                },
              },
            },
          },
          responses: {
            '201': {
              description: 'Received',
              ...json({
                type: 'object',
                properties: {
                  receipt: { type: 'string', example: '1234 5678 9012 3456' },
                  caseNumber: { type: 'string' },
                },
              }),
            },
            ...errors(400, 413, 422),
          },
        },
      },
      '/reporter/session': {
        post: {
          summary: 'Exchange a receipt for a reporter token',
          requestBody: json({
            type: 'object',
            required: ['receipt'],
            properties: { receipt: { type: 'string' } },
          }),
          responses: {
            '200': {
              description: 'Token',
              ...json({ type: 'object', properties: { token: { type: 'string' } } }),
            },
            ...errors(400, 401, 429),
          },
        },
      },
      '/reporter/report': {
        get: {
          summary: 'The reporter’s case: state, outcome, messages addressed to them',
          security: bearer,
          responses: { '200': { description: 'The case' }, ...errors(401) },
        },
      },
      '/reporter/messages': {
        post: {
          summary: 'Answer the handlers, with files (multipart: body, files)',
          security: bearer,
          requestBody: json({ type: 'object', properties: { body: { type: 'string' } } }),
          responses: { '201': { description: 'Sent' }, ...errors(401, 422) },
        },
      },
      '/staff/session': {
        post: {
          summary: 'Staff log-in',
          requestBody: json({
            type: 'object',
            required: ['username', 'password'],
            properties: { username: { type: 'string' }, password: { type: 'string' } },
          }),
          responses: {
            '200': {
              description: 'Token',
              ...json({ type: 'object', properties: { token: { type: 'string' } } }),
            },
            ...errors(401, 422),
          },
        },
      },
      '/cases': {
        get: {
          summary: 'Cases the caller may see, nearest deadline first',
          description:
            'A case the caller may not see is left out (and is 404 on its own address). A pimpinan also sees the data of cases in the units below theirs.',
          security: bearer,
          parameters: [
            query('unit', 'Unit code'),
            { name: 'descendants', in: 'query', schema: { type: 'boolean' } },
            query('state', 'State, e.g. verifikasi'),
            { name: 'track', in: 'query', schema: { type: 'string', enum: [...tracks] } },
            { name: 'overdue', in: 'query', schema: { type: 'boolean' } },
            query('assignee', 'Username of the investigator'),
            query('label', 'A label'),
            query('q', 'Search over case number, category, channel, unit and labels'),
            {
              name: 'awaiting',
              in: 'query',
              description: 'approval: conclusions put to the head, not approved yet',
              schema: { type: 'string', enum: ['approval'] },
            },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } },
            query('cursor', 'nextCursor of the previous page'),
          ],
          responses: {
            '200': json({
              type: 'object',
              required: ['items', 'nextCursor'],
              properties: {
                items: { type: 'array', items: { type: 'object' } },
                nextCursor: { type: ['string', 'null'] },
              },
            }),
            ...errors(401, 403, 422),
          },
        },
      },
      '/cases/{caseNumber}': {
        get: {
          summary: 'One case, with its deadlines [{ kind, dueAt, metAt }]',
          description:
            'contentVisible is false for an overseer without the key: report, messages and files are then empty.',
          security: bearer,
          parameters: [caseNumber],
          responses: { '200': { description: 'The case' }, ...errors(401, 403, 404) },
        },
        patch: {
          summary: 'Assess: legal track, difficulty, risk of retaliation (triase, pimpinan)',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            additionalProperties: false,
            properties: {
              track: { type: 'string', enum: [...tracks] },
              difficulty: { type: 'string', enum: [...difficulties] },
              retaliationRisk: { type: 'string', maxLength: 4000 },
            },
          }),
          responses: { '200': { description: 'The case' }, ...errors(401, 403, 404, 422) },
        },
      },
      '/cases/{caseNumber}/transitions': {
        post: {
          summary: 'Move a case to another state',
          description:
            'Leaving verifikasi needs a track; only sidang leads to terbukti, which needs a sanction of the case track; concluding may need a pimpinan approval first.',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            required: ['to'],
            properties: {
              to: { type: 'string' },
              outcome: {
                type: 'string',
                enum: ['terbukti', 'tidak_terbukti', 'dilimpahkan', 'tidak_dapat_ditindaklanjuti'],
              },
              sanction: { type: 'string', description: 'A code of the sanction list' },
            },
          }),
          responses: { '200': { description: 'Moved' }, ...errors(401, 403, 404, 409, 422) },
        },
      },
      '/cases/{caseNumber}/assignment': {
        post: {
          summary: 'Assign to a confirmed investigator of the case unit, who gets the key',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            required: ['username'],
            properties: { username: { type: 'string' } },
          }),
          responses: { '200': { description: '{ assignee }' }, ...errors(401, 403, 404, 422) },
        },
      },
      '/cases/{caseNumber}/approval': {
        post: {
          summary: 'A pimpinan approves concluding the case',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            required: ['outcome'],
            properties: { outcome: { type: 'string' }, sanction: { type: 'string' } },
          }),
          responses: { '200': { description: 'Approved' }, ...errors(401, 403, 404, 422) },
        },
      },
      '/cases/{caseNumber}/approval-request': {
        post: {
          summary:
            'Put a conclusion (outcome, sanction) to the head for approval; the head is told',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            required: ['outcome'],
            properties: { outcome: { type: 'string' }, sanction: { type: 'string' } },
          }),
          responses: { '200': { description: 'Asked' }, ...errors(401, 403, 404, 409, 422) },
        },
      },
      '/cases/{caseNumber}/forward': {
        post: {
          summary: 'Hand the case to another Propam unit, with a reason',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            required: ['unit', 'reason'],
            properties: { unit: { type: 'string' }, reason: { type: 'string', minLength: 10 } },
          }),
          responses: { '200': { description: '{ unit }' }, ...errors(401, 403, 404, 422) },
        },
      },
      '/cases/{caseNumber}/labels': {
        post: {
          summary: 'Add and remove labels',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            properties: {
              add: { type: 'array', items: { type: 'string', maxLength: 40 } },
              remove: { type: 'array', items: { type: 'string', maxLength: 40 } },
            },
          }),
          responses: { '200': { description: '{ labels }' }, ...errors(401, 403, 404, 422) },
        },
      },
      '/cases/{caseNumber}/progress': {
        post: {
          summary: 'A progress update to the reporter (SP2HP)',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            required: ['done', 'results', 'next'],
            properties: {
              done: { type: 'string' },
              results: { type: 'string' },
              obstacles: { type: 'string' },
              next: { type: 'string' },
            },
          }),
          responses: { '201': { description: '{ id }' }, ...errors(401, 403, 404, 422) },
        },
      },
      '/cases/{caseNumber}/progress/{id}/letter.pdf': {
        get: {
          summary: 'A progress update printed as a letter (audited)',
          security: bearer,
          parameters: [
            caseNumber,
            { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          ],
          responses: { '200': { description: 'application/pdf' }, ...errors(401, 403, 404) },
        },
      },
      '/cases/{caseNumber}/dossier.pdf': {
        get: {
          summary: 'The case dossier for the hearing file (audited)',
          security: bearer,
          parameters: [caseNumber],
          responses: { '200': { description: 'application/pdf' }, ...errors(401, 403, 404) },
        },
      },
      '/cases/{caseNumber}/messages': {
        post: {
          summary: 'Write to the reporter or an internal note',
          security: bearer,
          parameters: [caseNumber],
          requestBody: json({
            type: 'object',
            required: ['body', 'visibility'],
            properties: {
              body: { type: 'string' },
              visibility: { type: 'string', enum: ['reporter', 'internal'] },
            },
          }),
          responses: { '201': { description: 'Written' }, ...errors(401, 403, 404, 422) },
        },
      },
      '/cases/{caseNumber}/files/{fileId}': {
        get: {
          summary: 'Download an evidence file',
          security: bearer,
          parameters: [
            caseNumber,
            {
              name: 'fileId',
              in: 'path',
              required: true,
              schema: { type: 'string', format: 'uuid' },
            },
          ],
          responses: {
            '200': { description: 'The file, as an attachment' },
            ...errors(401, 403, 404),
          },
        },
      },
    },
  };
}

export function openApiRoutes(app: FastifyInstance, publicUrl: string) {
  const document = openApiDocument(publicUrl);
  app.get('/api/v1/openapi.json', async () => document);
}
