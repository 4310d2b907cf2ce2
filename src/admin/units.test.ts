/** Importing units through the back office: the national list, bad lines, the admin's scope. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { engines, multipart, openTestEnv, type TestEnv } from '../testing/harness.js';
import { backOffice, type BackOffice } from './test-helpers.js';

const national = fs.readFileSync(
  path.resolve(import.meta.dirname, '../demo/data/units-indonesia.csv'),
  'utf8',
);

for (const engine of engines) {
  describe(`unit import page (${engine})`, () => {
    let env: TestEnv;
    let admin: BackOffice;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(async () => {
      await env.reset();
      admin = await backOffice(env, 'admin');
    });

    const upload = (who: BackOffice, text: string, name = 'units.csv') => {
      const body = multipart([
        { name: '_csrf', value: who.csrf },
        { name: 'file', filename: name, type: 'text/csv', data: Buffer.from(text) },
      ]);
      return env.app.inject({
        method: 'POST',
        url: '/staf/admin/unit/impor',
        cookies: who.cookies,
        ...body,
      });
    };
    const unitCount = async () =>
      Number(
        (
          await env.ctx.db
            .selectFrom('units')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('imports the national list of 543 units in seconds, showing progress', async () => {
      const started = Date.now();
      const response = await upload(admin, national);
      const seconds = (Date.now() - started) / 1000;
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Mengimpor 543 unit/);
      assert.match(response.body, /<progress value="50" max="100">/, 'progress as rows go in');
      assert.match(response.body, /543 unit diimpor\./);
      assert.match(response.body, /<\/html>\s*$/, 'the page ends properly');
      assert.ok(seconds < 20, `took ${seconds} s`);
      const codes = national
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[0]!);
      const stored = await env.ctx.db
        .selectFrom('units')
        .select('code')
        .where('code', 'in', codes)
        .execute();
      assert.equal(stored.length, 543);
      const audited = await env.ctx.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'units_import')
        .executeTakeFirstOrThrow();
      assert.match(audited.detail, /"units":543/);
      const list = await env.app.inject({
        method: 'GET',
        url: '/staf/admin/unit?q=jayapura',
        cookies: admin.cookies,
      });
      assert.match(list.body, /Asia\/Jayapura/);
    });

    it('names the bad line in Indonesian and imports nothing', async () => {
      const lines = national.split('\n');
      lines[6] = 'POLRES-RUSAK,Polres Rusak,polres,POLDA-ACEH,Asia/Tidakada,true';
      const before = await unitCount();
      const response = await upload(admin, lines.join('\n'));
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /baris 7/i);
      assert.match(response.body, /bukan zona waktu IANA/);
      assert.equal(await unitCount(), before, 'nothing half-imported');

      const english = await env.app.inject({
        method: 'POST',
        url: '/staf/admin/unit/impor?lang=en',
        cookies: admin.cookies,
        ...multipart([
          { name: '_csrf', value: admin.csrf },
          {
            name: 'file',
            filename: 'u.csv',
            type: 'text/csv',
            data: Buffer.from(lines.join('\n')),
          },
        ]),
      });
      assert.match(english.body, /Line 7: time_zone is not an IANA time zone/);
    });

    it('refuses a parent that does not exist, a missing column, and a missing file', async () => {
      const orphan = await upload(
        admin,
        'code,name,type,parent,time_zone,has_propam\nPOLRES-X,Polres X,polres,POLDA-TIDAKADA,Asia/Jakarta,true\n',
      );
      assert.equal(orphan.statusCode, 422);
      assert.match(orphan.body, /Baris 2: induk POLDA-TIDAKADA tidak ada/);
      const columns = await upload(admin, 'code,name\nA,B\n');
      assert.match(columns.body, /Baris 1: kolom tidak ada: type/);
      const none = await env.app.inject({
        method: 'POST',
        url: '/staf/admin/unit/impor',
        cookies: admin.cookies,
        ...multipart([{ name: '_csrf', value: admin.csrf }]),
      });
      assert.equal(none.statusCode, 422);
      assert.match(none.body, /Pilih berkas CSV/);
    });

    it('lets an administrator of a Polda import only units under it', async () => {
      const polda = await backOffice(env, 'admin', 'POLDA-KALTIM');
      const before = await unitCount();
      const refused = await upload(polda, national);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Baris 2: unit MABES di luar wilayah Anda/);
      assert.equal(await unitCount(), before);
      const own = await upload(
        polda,
        'code,name,type,parent,time_zone,has_propam\nPOLSEK-SMD-ULU,Polsek Samarinda Ulu,polsek,POLRESTA-SMD,Asia/Makassar,false\n',
      );
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /1 unit diimpor/);
      assert.equal(await unitCount(), before + 1);
    });
  });
}
