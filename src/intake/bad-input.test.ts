/** Bad input through the API and the no-JavaScript HTML form: a clear answer, never a 500. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { escapeHtml } from '../http/html.js';
import {
  engines,
  fullReport,
  multipart,
  openTestEnv,
  staffToken,
  tinyJpeg,
  tinyPdf,
  type TestEnv,
} from '../testing/harness.js';

type Part = Parameters<typeof multipart>[0][number];
type FilePart = { name: string; filename: string; type: string; data: Buffer };

const formUrl = '/q/BPN-SIDOKKES/pengaduan';
const submissionOf = (page: string) => /name="submission" value="([^"]+)"/.exec(page)![1]!;
const jpeg = (filename: string): FilePart => ({
  name: 'files',
  filename,
  type: 'image/jpeg',
  data: tinyJpeg,
});
/** Every free-text field of the full form (NRP and the date have their own formats). */
const textFields = [
  'description',
  'occurredAtNote',
  'place',
  'subjects.0.name',
  'subjects.0.rank',
  'subjects.0.unit',
  'subjects.0.description',
  'witnesses',
  'identity.name',
  'identity.contact',
];
const filled = (make: (name: string) => string) =>
  Object.fromEntries(textFields.map((name) => [name, make(name)]));
const world = (name: string) => `Laporan 😀🇮🇩 عربي 中文 ꦗꦮ ${name}`;
const hostile = (name: string) => `<script>alert("${name}")</script> & 'x' <b>${name}</b>`;

for (const engine of engines) {
  describe(`bad input (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const api = (payload: unknown, headers: Record<string, string> = {}) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: payload as string,
        headers,
      });
    const apiWithFiles = (report: object, files: FilePart[]) => {
      const body = multipart([{ name: 'report', value: JSON.stringify(report) }, ...files]);
      return api(body.payload, body.headers);
    };
    const postForm = (fields: Record<string, string>, files: FilePart[] = [], url = formUrl) => {
      const parts: Part[] = [
        { name: 'channel', value: 'BPN-SIDOKKES' },
        { name: 'kind', value: 'pengaduan' },
        ...Object.entries(fields).map(([name, value]) => ({ name, value })),
        ...files,
      ];
      const body = multipart(parts);
      return env.app.inject({ method: 'POST', url, ...body });
    };
    const freshSubmission = async () => submissionOf((await env.app.inject({ url: formUrl })).body);
    const caseCount = async () => {
      const row = await env.ctx.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const staffView = async (caseNumber: string) => {
      const { token } = await staffToken(env, 'triase');
      const url = `/api/v1/cases/${encodeURIComponent(caseNumber)}`;
      return (await env.app.inject({ url, headers: { authorization: `Bearer ${token}` } })).json();
    };
    const caseNumberOf = (page: string) => /WBS\/\d{4}\/[IVX]+\/\d{4}\/[A-Z-]+/.exec(page)![0];
    const assertFieldError = (
      response: {
        statusCode: number;
        json: () => { error: { code: string; fields?: Record<string, string> } };
      },
      name: string,
    ) => {
      assert.equal(response.statusCode, 422);
      const { error } = response.json();
      assert.equal(error.code, 'validation_failed');
      assert.equal(typeof error.fields?.[name], 'string', JSON.stringify(error));
    };

    it('names empty required fields, in the API and in the re-rendered form', async () => {
      const empty = await api(fullReport('x', { description: '   ', category: '' }));
      assertFieldError(empty, 'description');
      assertFieldError(empty, 'category');
      assertFieldError(await api({}), 'kind');

      const page = await postForm({ description: '', category: '', place: 'loket 2' });
      assert.equal(page.statusCode, 422);
      assert.match(page.body, /Wajib diisi\./);
      assert.match(page.body, /Pilih jenis pelanggaran\./);
      assert.match(page.body, /value="loket 2"/);
    });

    it('refuses a 20,000-character description and keeps it in the form', async () => {
      const long = 'panjang '.repeat(2_500);
      assertFieldError(await api(fullReport('x', { description: long })), 'description');
      const page = await postForm({ category: 'pungli', description: long });
      assert.equal(page.statusCode, 422);
      assert.match(page.body, /Paling banyak 10\.000 karakter/);
      assert.ok(page.body.includes(long), 'the long description is still in the page');
    });

    it('accepts emoji, Arabic, Chinese and Javanese in every field and file name', async () => {
      const values = filled(world);
      const report = fullReport('x', {
        description: values.description,
        occurredAtNote: values.occurredAtNote,
        place: values.place,
        witnesses: values.witnesses,
        subjects: [
          {
            name: values['subjects.0.name'],
            rank: values['subjects.0.rank'],
            unit: values['subjects.0.unit'],
            description: values['subjects.0.description'],
          },
        ],
        identity: {
          mode: 'open',
          name: values['identity.name'],
          contact: values['identity.contact'],
        },
      });
      const fileName = 'foto 😀 عربي 中文 ꦗꦮ.jpg';
      const viaApi = await apiWithFiles(report, [jpeg(fileName)]);
      assert.equal(viaApi.statusCode, 201, viaApi.body);
      const stored = await staffView(viaApi.json().caseNumber);
      assert.deepEqual(stored.report.subjects[0], report.subjects[0]);
      assert.equal(stored.report.description, values.description);
      assert.deepEqual(stored.identity, {
        name: values['identity.name'],
        contact: values['identity.contact'],
      });
      assert.deepEqual(
        stored.files.map((f: { name: string }) => f.name),
        [fileName],
      );

      const submission = await freshSubmission();
      const fields = { ...values, category: 'pungli', 'identity.mode': 'open', submission };
      const page = await postForm(fields, [
        jpeg(fileName),
        { name: 'files', filename: 'surat ꦱꦸꦫꦠ꧀.pdf', type: 'application/pdf', data: tinyPdf },
      ]);
      assert.equal(page.statusCode, 200, page.body.slice(0, 500));
      const viaForm = await staffView(caseNumberOf(page.body));
      for (const key of ['description', 'place', 'witnesses', 'occurredAtNote'])
        assert.equal(viaForm.report[key], values[key]);
      assert.equal(viaForm.report.subjects[0].description, values['subjects.0.description']);
      assert.equal(viaForm.identity.contact, values['identity.contact']);
      assert.deepEqual(
        viaForm.files.map((f: { name: string }) => f.name).sort(),
        [fileName, 'surat ꦱꦸꦫꦠ꧀.pdf'].sort(),
      );

      // The form that comes back with an error shows every script as typed.
      const again = await postForm({ ...values, category: '' });
      assert.equal(again.statusCode, 422);
      for (const value of Object.values(values)) assert.ok(again.body.includes(value), value);
    });

    it('shows HTML and script typed in every field as text, escaped', async () => {
      const values = filled(hostile);
      const page = await postForm({ ...values, category: '', 'identity.mode': 'confidential' });
      assert.equal(page.statusCode, 422);
      assert.match(page.body, /Pilih jenis pelanggaran\./);
      assert.doesNotMatch(page.body, /<script>|<b>/);
      for (const value of Object.values(values))
        assert.ok(page.body.includes(escapeHtml(value)), value);

      const created = await api(
        fullReport('x', { description: values.description, place: values.place }),
      );
      assert.equal(created.statusCode, 201, created.body);
      const login = await env.app.inject({
        method: 'POST',
        url: '/ikuti',
        payload: { receipt: created.json().receipt },
      });
      assert.equal(login.statusCode, 303, login.body);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const followed = await env.app.inject({ url: '/laporan', headers: { cookie } });
      assert.equal(followed.statusCode, 200);
      assert.doesNotMatch(followed.body, /<script>|<b>/);
      assert.ok(followed.body.includes(escapeHtml(values.description!)));
      const notFound = await env.app.inject({
        url: `/q/${encodeURIComponent('<script>x</script>')}`,
      });
      assert.equal(notFound.statusCode, 404);
      assert.doesNotMatch(notFound.body, /<script>x/);
    });

    it('refuses a file over 10 MB, a file that lies about its type, a sixth file', async () => {
      const big = Buffer.concat([tinyJpeg, Buffer.alloc(10 * 1024 * 1024)]);
      const bigFile = { name: 'files', filename: 'besar.jpg', type: 'image/jpeg', data: big };
      assertFieldError(await apiWithFiles(fullReport(), [bigFile]), 'files');
      const bigPage = await postForm({ category: 'pungli', description: 'berkas besar' }, [
        bigFile,
      ]);
      assert.equal(bigPage.statusCode, 422);
      assert.match(bigPage.body, /Berkas terlalu besar/);
      assert.match(bigPage.body, /berkas besar<\/textarea>/);

      const text = {
        name: 'files',
        filename: 'foto.jpg',
        type: 'image/jpeg',
        data: Buffer.from('bukan foto'),
      };
      const lying = { ...jpeg('doc.pdf'), type: 'application/pdf' };
      const api1 = await apiWithFiles(fullReport(), [text]);
      assertFieldError(api1, 'files');
      assert.match(api1.json().error.fields.files, /JPEG, PNG, WebP/);
      assert.match(
        (await apiWithFiles(fullReport(), [lying])).json().error.fields.files,
        /tidak sesuai/,
      );
      const page = await postForm({ category: 'pungli', description: 'isi' }, [lying]);
      assert.equal(page.statusCode, 422);
      assert.match(page.body, /Isi berkas tidak sesuai dengan namanya/);

      const six = Array.from({ length: 6 }, (_, i) => jpeg(`foto-${i}.jpg`));
      assertFieldError(await apiWithFiles(fullReport(), six), 'files');
      const sixPage = await postForm({ category: 'pungli', description: 'enam' }, six);
      assert.equal(sixPage.statusCode, 422);
      assert.match(sixPage.body, /Terlalu banyak berkas/);
      assert.equal(await caseCount(), 0);
    });

    it('answers odd channel codes with the 404 page in Indonesian and English', async () => {
      const codes = [
        '..%2F..%2Fetc',
        '%00',
        'A'.repeat(500),
        '%F0%9F%98%80',
        '%3Cb%3E',
        'BPN%20SIDOKKES',
      ];
      for (const code of codes) {
        const id = await env.app.inject({ url: `/q/${code}` });
        assert.equal(id.statusCode, 404, `${code}: ${id.body.slice(0, 200)}`);
        assert.match(id.body, /Kode QR tidak dikenal/, code);
        const en = await env.app.inject({ url: `/q/${code}?lang=en` });
        assert.equal(en.statusCode, 404, code);
        assert.match(en.body, /Unknown QR code/, code);
        assert.notEqual((await postForm({}, [], `/q/${code}/pengaduan`)).statusCode, 500, code);
      }
    });

    it('answers a malformed body or one that is not an object with 400 bad_request', async () => {
      const json = { 'content-type': 'application/json' };
      for (const body of ['{"channel": ', '[1, 2]', '"laporan"', '42', 'null']) {
        const response = await api(body, json);
        assert.equal(response.statusCode, 400, `${body}: ${response.body}`);
        assert.equal(response.json().error.code, 'bad_request', body);
      }
      const notJson = multipart([{ name: 'report', value: '{bukan json' }]);
      assert.equal((await api(notJson.payload, notJson.headers)).statusCode, 400);
    });

    it('survives a NUL character in any text field', async () => {
      const nul = filled((name) => `nol\u0000${name}`);
      const report = fullReport('\u0000', {
        place: nul.place,
        subjects: [{ name: nul['subjects.0.name'] }],
      });
      const created = await api(report);
      assert.equal(created.statusCode, 201, created.body);
      assert.equal((await staffView(created.json().caseNumber)).report.place, 'nolplace');
      const page = await postForm({ ...nul, category: 'pungli', 'identity.mode': 'open' });
      assert.equal(page.statusCode, 200, page.body.slice(0, 300));
      const bad = await postForm({ ...nul, category: '\u0000', channel: 'BPN\u0000' });
      assert.equal(bad.statusCode, 422);
      for (const [url, payload] of [
        ['/api/v1/reporter/session', { receipt: '1234\u00005678' }],
        ['/api/v1/staff/session', { username: 'triase\u0000', password: 'x\u0000' }],
      ] as const) {
        const response = await env.app.inject({ method: 'POST', url, payload });
        assert.ok(response.statusCode < 500, `${url}: ${response.statusCode} ${response.body}`);
      }
      const { token } = await staffToken(env, 'triase');
      for (const url of ['/api/v1/cases/%00', '/api/v1/cases?state=%00', '/staf/kasus/%00']) {
        const response = await env.app.inject({
          url,
          headers: { authorization: `Bearer ${token}` },
        });
        assert.ok(response.statusCode < 500, `${url}: ${response.statusCode}`);
      }
    });

    it('does not let form field names reach the object prototype', async () => {
      const page = await postForm({
        '__proto__.polluted': 'ya',
        'constructor.prototype.polluted': 'ya',
      });
      assert.ok(page.statusCode < 500, String(page.statusCode));
      const encoded = await env.app.inject({
        method: 'POST',
        url: formUrl,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '__proto__.polluted=ya&constructor.prototype.polluted=ya&toString.x=ya',
      });
      assert.equal(encoded.statusCode, 422);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal((Object.prototype.toString as unknown as { x?: string }).x, undefined);
    });
  });
}
