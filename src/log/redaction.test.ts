/** What a journey leaves in the logs: no report content, receipt, address, agent or query. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  engines,
  multipart,
  openTestEnv,
  staffToken,
  tinyJpeg,
  type TestEnv,
} from '../testing/harness.js';

for (const engine of engines) {
  describe(`log redaction (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    it('keeps every trace of the reporter out of the debug log', async () => {
      const tag = randomBytes(4).toString('hex');
      const mark = (field: string) => `penanda-${field}-${tag}`;
      const agent = `PeluitUjiBrowser/7.3 (${mark('agent')})`;
      const query = `jejak=${mark('query')}`;
      const headers = { 'user-agent': agent, 'x-forwarded-for': '10.9.8.7' };
      const markers: string[] = [];
      const marked = (field: string) => (markers.push(mark(field)), mark(field));

      const report = {
        channel: 'BPN-SIDOKKES',
        kind: 'pengaduan',
        category: 'pungli',
        description: marked('description'),
        occurredAt: '2026-11-20',
        occurredAtNote: marked('occurredAtNote'),
        place: marked('place'),
        subjects: [
          {
            name: marked('name'),
            rank: marked('rank'),
            nrp: '85010123',
            unit: marked('unit'),
            description: marked('subjectDescription'),
          },
        ],
        witnesses: marked('witnesses'),
        identity: { mode: 'open', name: marked('identityName'), contact: marked('contact') },
      };
      const body = multipart([
        { name: 'report', value: JSON.stringify(report) },
        {
          name: 'files',
          filename: `${marked('fileName')}.jpg`,
          type: 'image/jpeg',
          data: tinyJpeg,
        },
      ]);
      const submitted = await env.app.inject({
        method: 'POST',
        url: `/api/v1/reports?${query}`,
        headers: { ...headers, ...body.headers, 'idempotency-key': marked('idempotencyKey') },
        payload: body.payload,
      });
      assert.equal(submitted.statusCode, 201, submitted.body);
      const { receipt, caseNumber } = submitted.json() as { receipt: string; caseNumber: string };

      // The same report through the HTML form, and one that fails validation.
      const form = multipart([
        ...Object.entries({
          description: marked('formDescription'),
          place: marked('formPlace'),
        }).map(([name, value]) => ({ name, value })),
        { name: 'category', value: 'pungli' },
      ]);
      const page = await env.app.inject({
        method: 'POST',
        url: `/q/BPN-SIDOKKES/pengaduan?${query}`,
        headers: { ...headers, ...form.headers },
        payload: form.payload,
      });
      assert.equal(page.statusCode, 200);
      const refused = await env.app.inject({
        method: 'POST',
        url: `/api/v1/reports?${query}`,
        headers,
        payload: { ...report, description: '', place: marked('refusedPlace') },
      });
      assert.equal(refused.statusCode, 422);

      const login = await env.app.inject({
        method: 'POST',
        url: `/api/v1/reporter/session?${query}`,
        headers,
        payload: { receipt },
      });
      assert.equal(login.statusCode, 200, login.body);
      const token = login.json().token as string;
      const answer = await env.app.inject({
        method: 'POST',
        url: `/api/v1/reporter/messages?${query}`,
        headers: { ...headers, authorization: `Bearer ${token}` },
        payload: { body: marked('message') },
      });
      assert.equal(answer.statusCode, 201, answer.body);
      const cookieLogin = await env.app.inject({
        method: 'POST',
        url: `/ikuti?${query}`,
        headers,
        payload: { receipt: receipt.replace(/ /g, '-') },
      });
      assert.equal(cookieLogin.statusCode, 303);
      const cookie = String(cookieLogin.headers['set-cookie']).split(';')[0]!;
      const followed = await env.app.inject({
        url: `/laporan?${query}`,
        headers: { ...headers, cookie },
      });
      assert.equal(followed.statusCode, 200);

      const staff = await staffToken(env, 'triase');
      const opened = await env.app.inject({
        url: `/api/v1/cases/${encodeURIComponent(caseNumber)}?${query}`,
        headers: { ...headers, authorization: `Bearer ${staff.token}` },
      });
      assert.equal(opened.statusCode, 200);
      assert.match(opened.body, new RegExp(mark('message')), 'the journey really carried markers');

      // Mistyped reporter addresses leave no line either.
      await env.app.inject({ url: '/q' });
      await env.app.inject({ url: '/laporan%ZZ' });
      const logs = env.logs();
      assert.doesNotMatch(logs, /"statusCode":(400|404)/);
      assert.match(logs, /"route":"\/api\/v1\/cases\/:number"/, 'staff requests are logged');
      // A reporter's requests are not logged at all: a route and a time could be matched to a camera.
      assert.doesNotMatch(logs, /"route":"\/(api\/v1\/reporter|api\/v1\/reports|q\/)/);
      for (const marker of markers) assert.ok(!logs.includes(marker), `${marker} is in the log`);
      const digits = receipt.replace(/ /g, '');
      for (let i = 0; i + 10 <= digits.length; i++)
        assert.ok(!logs.includes(digits.slice(i, i + 10)), 'receipt digits are in the log');
      for (const secret of [
        receipt,
        receipt.replace(/ /g, '-'),
        token,
        staff.token,
        staff.password,
      ])
        assert.ok(!logs.includes(secret), 'a receipt, token or password is in the log');
      assert.ok(!logs.includes(cookie.split('=')[1]!), 'the reporter cookie is in the log');
      for (const trace of ['127.0.0.1', '10.9.8.7', agent, 'PeluitUjiBrowser', query, tag])
        assert.ok(!logs.includes(trace), `${trace} is in the log`);
    });
  });
}
