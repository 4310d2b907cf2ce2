/**
 * No report content, identity, file or receipt is ever stored or logged in the clear: markers put
 * in every field through the API and the HTML form are searched for in a full dump of the
 * database (or the embedded database's raw files), in the file store and in the logs.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { PDFDocument, PDFName } from 'pdf-lib';
import {
  engines,
  multipart,
  openTestEnv,
  staffToken,
  tinyJpeg,
  type TestEnv,
} from '../testing/harness.js';

const run = promisify(execFile);
const formUrl = '/q/BPN-SIDOKKES/pengaduan';

/** A JPEG that carries `text` in a comment segment right after its start marker. */
function jpegWith(text: string): Buffer {
  const body = Buffer.from(text);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([
    tinyJpeg.subarray(0, 2),
    Buffer.from([0xff, 0xfe]),
    length,
    body,
    tinyJpeg.subarray(2),
  ]);
}
/** A one-page PDF whose (uncompressed) page content draws `text`: it survives metadata cleaning. */
async function pdfWith(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const content = doc.context.stream(`BT /F1 12 Tf 10 100 Td (${text}) Tj ET`);
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Every file under `dir`, read raw and joined as one latin1 string. */
function readTree(dir: string): { text: string; files: number } {
  let text = '';
  let files = 0;
  if (!fs.existsSync(dir)) return { text, files };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    text += fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('latin1') + '\n';
    files++;
  }
  return { text, files };
}

for (const engine of engines) {
  describe(`no content in the clear at rest or in the logs (${engine})`, () => {
    let env: TestEnv;
    const tag = randomBytes(8).toString('hex');
    const markers: string[] = [];
    const mark = (field: string) => {
      const marker = `LEAK-${tag}-${field}`;
      markers.push(marker);
      return marker;
    };
    const digitMarker = () => {
      const digits = Array.from({ length: 12 }, (_, i) => randomInt(i === 0 ? 1 : 0, 10)).join('');
      markers.push(digits);
      return digits;
    };
    const receipts: string[] = [];
    const caseNumbers: string[] = [];
    let database = '';
    let fileStore = { text: '', files: 0 };

    /** The secrets found in `haystack`, as text, as hex (bytea in a dump), or spaced receipts. */
    const found = (haystack: string) => {
      const forms = (s: string) => [
        s,
        Buffer.from(s).toString('hex'),
        Buffer.from(s).toString('hex').toUpperCase(),
      ];
      const needles = [
        ...markers.flatMap((m) => forms(m)),
        ...receipts.flatMap((r) => {
          const digits = r.replace(/\D/g, '');
          return [...forms(digits), ...forms(digits.replace(/(\d{4})(?=\d)/g, '$1 ')), r];
        }),
      ];
      return [...new Set(needles.filter((n) => haystack.includes(n)))];
    };

    before(async () => {
      env = await openTestEnv(engine);
      const fullFields = (mode: 'confidential' | 'open', via: string) => ({
        description: mark(`${via}-description`),
        occurredAt: '2026-01-05',
        occurredAtNote: mark(`${via}-occurredAtNote`),
        place: mark(`${via}-place`),
        witnesses: mark(`${via}-witnesses`),
        subject: {
          name: mark(`${via}-subject-name`),
          rank: mark(`${via}-subject-rank`),
          nrp: digitMarker(),
          unit: mark(`${via}-subject-unit`),
          description: mark(`${via}-subject-description`),
        },
        identity: {
          mode,
          name: mark(`${via}-identity-name`),
          contact: mark(`${via}-identity-contact`),
        },
      });

      // 1. Through the API, confidential, with a JPEG and a PDF.
      const api = fullFields('confidential', 'api');
      const report = {
        channel: 'BPN-SIDOKKES',
        kind: 'pengaduan',
        category: 'pungli',
        ...api,
        subject: undefined,
        subjects: [api.subject],
      };
      const apiBody = multipart([
        { name: 'report', value: JSON.stringify(report) },
        {
          name: 'files',
          filename: `${mark('api-filename-jpg')}.jpg`,
          type: 'image/jpeg',
          data: jpegWith(mark('api-jpeg-bytes')),
        },
        {
          name: 'files',
          filename: `${mark('api-filename-pdf')}.pdf`,
          type: 'application/pdf',
          data: await pdfWith(mark('api-pdf-bytes')),
        },
      ]);
      const submitted = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        ...apiBody,
      });
      assert.equal(submitted.statusCode, 201, submitted.body);
      receipts.push(submitted.json().receipt);
      caseNumbers.push(submitted.json().caseNumber);

      // 2. Through the HTML form, open identity, with a JPEG.
      const page = (await env.app.inject({ url: formUrl })).body;
      const submission = /name="submission" value="([^"]+)"/.exec(page)![1]!;
      const html = fullFields('open', 'form');
      const fields: Record<string, string> = {
        submission,
        category: 'pungli',
        description: html.description,
        occurredAt: html.occurredAt,
        occurredAtNote: html.occurredAtNote,
        place: html.place,
        witnesses: html.witnesses,
        ...Object.fromEntries(Object.entries(html.subject).map(([k, v]) => [`subjects.0.${k}`, v])),
        'identity.mode': 'open',
        'identity.name': html.identity.name,
        'identity.contact': html.identity.contact,
      };
      const formBody = multipart([
        ...Object.entries(fields).map(([name, value]) => ({ name, value })),
        {
          name: 'files',
          filename: `${mark('form-filename')}.jpg`,
          type: 'image/jpeg',
          data: jpegWith(mark('form-jpeg-bytes')),
        },
      ]);
      const posted = await env.app.inject({ method: 'POST', url: formUrl, ...formBody });
      assert.equal(posted.statusCode, 200, posted.body);
      receipts.push(/class="receipt"[^>]*>([\d ]+)</.exec(posted.body)![1]!);
      caseNumbers.push(/WBS\/\d{4}\/[IVX]+\/\d{4}\/[A-Z-]+/.exec(posted.body)![0]);

      // 3. Staff read both, write to the reporter and an internal note; the reporter answers.
      const { token } = await staffToken(env, 'triase');
      const staff = { authorization: `Bearer ${token}` };
      for (const [i, caseNumber] of caseNumbers.entries()) {
        const casePath = `/api/v1/cases/${encodeURIComponent(caseNumber)}`;
        const view = await env.app.inject({ url: casePath, headers: staff });
        assert.equal(view.statusCode, 200, view.body);
        assert.ok(
          view.body.includes(i === 0 ? api.description : html.description),
          'content reads back',
        );
        for (const visibility of ['reporter', 'internal']) {
          const sent = await env.app.inject({
            method: 'POST',
            url: `${casePath}/messages`,
            headers: staff,
            payload: { body: mark(`staff-${visibility}-${i}`), visibility },
          });
          assert.equal(sent.statusCode, 201, sent.body);
        }
        if (i === 0) {
          const revealed = await env.app.inject({
            method: 'POST',
            url: `${casePath}/identity`,
            headers: staff,
            payload: { reason: `Perlu konfirmasi ${mark('reveal-reason')}` },
          });
          assert.equal(revealed.statusCode, 200, revealed.body);
          assert.ok(revealed.body.includes(api.identity.name), 'the identity reads back');
        }
        const login = await env.app.inject({
          method: 'POST',
          url: '/api/v1/reporter/session',
          payload: { receipt: receipts[i] },
        });
        assert.equal(login.statusCode, 200, login.body);
        const reply = multipart([
          { name: 'body', value: mark(`reporter-reply-${i}`) },
          {
            name: 'files',
            filename: `${mark(`reply-filename-${i}`)}.pdf`,
            type: 'application/pdf',
            data: await pdfWith(mark(`reply-pdf-bytes-${i}`)),
          },
        ]);
        const answered = await env.app.inject({
          method: 'POST',
          url: '/api/v1/reporter/messages',
          headers: { authorization: `Bearer ${login.json().token}`, ...reply.headers },
          payload: reply.payload,
        });
        assert.equal(answered.statusCode, 201, answered.body);
        const files = (await env.app.inject({ url: casePath, headers: staff })).json().files;
        let pdfMarkers = 0;
        for (const file of files as Array<{ id: string }>) {
          const download = await env.app.inject({
            url: `${casePath}/files/${file.id}`,
            headers: staff,
          });
          assert.equal(download.statusCode, 200);
          if (download.rawPayload.includes(`LEAK-${tag}-`)) pdfMarkers++;
        }
        // Photos are re-encoded (their comment goes); a PDF's page keeps its marker.
        assert.equal(pdfMarkers, i === 0 ? 2 : 1, 'the PDFs served back carry their markers');
        assert.equal(files.length, i === 0 ? 3 : 2, 'every file was kept');
      }

      // Flush: PGlite writes its folder on close; the server's state is then all on disk.
      await env.restart();
      if (engine === 'postgres') {
        const url = env.ctx.config.databaseUrl!;
        const dumps = await Promise.all([
          run('pg_dump', [`--dbname=${url}`], { maxBuffer: 1 << 28 }),
          run('pg_dump', [`--dbname=${url}`, '--format=plain', '--inserts'], {
            maxBuffer: 1 << 28,
          }),
        ]);
        database = dumps.map((d) => d.stdout).join('\n');
      } else {
        database = readTree(path.join(env.dataDir, 'db')).text;
      }
      fileStore = readTree(path.join(env.dataDir, 'files'));
    });
    after(() => env?.close());

    const where = engine === 'postgres' ? 'pg_dump' : 'database folder';
    it(`finds no marker or receipt in the ${where}`, () => {
      assert.ok(markers.length >= 30, `${markers.length} markers`);
      const [m, r] = [markers[0]!, receipts[0]!];
      const probe = `x${Buffer.from(m).toString('hex')}x${r.replace(/ /g, '')}x`;
      assert.equal(found(probe).length, 2, 'the search itself finds hex and bare receipts');
      assert.ok(database.includes('POLRESTA-BPN'), 'the search sees what is stored in the clear');
      for (const caseNumber of caseNumbers) assert.ok(database.includes(caseNumber), caseNumber);
      assert.deepEqual(found(database), [], 'secrets stored in the clear in the database');
    });

    it('finds no marker or receipt in the file store', () => {
      assert.ok(fileStore.files >= 5, `the file store holds the 5 files (${fileStore.files})`);
      assert.deepEqual(found(fileStore.text), [], 'secrets stored in the clear in the file store');
    });

    it('finds no marker or receipt in the logs', () => {
      const logs = env.logs();
      // Reporters' requests are not logged at all; the staff's are, by route pattern.
      assert.ok(logs.includes('/api/v1/cases/:number'), 'the logs hold the requests');
      assert.deepEqual(found(logs), [], 'secrets written to the logs');
    });
  });
}
