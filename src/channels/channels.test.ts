/** The front door: channel pages, QR codes, language choice and the headers every answer has. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { engines, openTestEnv, type TestEnv } from '../testing/harness.js';
import { retireChannel, upsertChannel } from './channels.js';

for (const engine of engines) {
  describe(`channels (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const get = (url: string, headers: Record<string, string> = {}) =>
      env.app.inject({ url, headers });

    it('opens a channel by its code in any case, naming the unit and the place', async () => {
      const page = await get('/q/bpn-sidokkes');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Polresta Balikpapan/);
      assert.match(page.body, /Ruang Sidokkes/);
      assert.match(page.body, /href="\/q\/BPN-SIDOKKES\/pengaduan"/);
    });

    it('answers a retired channel with 410 and the unit’s active channels', async () => {
      await retireChannel(env.ctx.db, 'bpn-ppa');
      const page = await get('/q/BPN-PPA');
      assert.equal(page.statusCode, 410);
      assert.match(page.body, /Kode QR ini sudah tidak dipakai/);
      for (const code of ['BPN-SIDOKKES', 'BPN-CC110', 'BPN-CEPAT'])
        assert.match(page.body, new RegExp(`href="/q/${code}"`));
      assert.doesNotMatch(page.body, /href="\/q\/BPN-PPA"/);
      assert.equal((await get('/q/BPN-PPA/pengaduan')).statusCode, 410);

      await upsertChannel(env.ctx.db, {
        code: 'PSR-SPKT',
        unit: 'POLRES-PASER',
        place: 'SPKT',
        form: 'full',
      });
      await retireChannel(env.ctx.db, 'PSR-SPKT');
      const none = await get('/q/PSR-SPKT?lang=en');
      assert.equal(none.statusCode, 410);
      assert.match(none.body, /no other active channel/);
    });

    it('answers an unknown code with 404', async () => {
      const page = await get('/q/BPN-TIDAK-ADA');
      assert.equal(page.statusCode, 404);
      assert.match(page.body, /Kode QR tidak dikenal/);
      assert.match(page.body, /BPN-TIDAK-ADA/);
      assert.equal((await get('/q/BPN-TIDAK-ADA/qr.png')).statusCode, 404);
    });

    it('prints a QR code that reads exactly PUBLIC_URL/q/CODE', async () => {
      const response = await get('/q/bpn-sidokkes/qr.png');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^image\/png/);
      const png = PNG.sync.read(response.rawPayload);
      // jsqr is CommonJS: its function is both the module and its `default`.
      const code = jsqr.default(new Uint8ClampedArray(png.data), png.width, png.height);
      assert.equal(code?.data, 'http://peluit.test/q/BPN-SIDOKKES');

      const svg = await get('/q/BPN-SIDOKKES/qr.svg');
      assert.equal(svg.statusCode, 200);
      assert.match(String(svg.headers['content-type']), /^image\/svg\+xml/);
      assert.match(svg.body, /^(<\?xml[^>]*>\s*)?<svg[\s>]/);
      assert.match(svg.body, /<\/svg>\s*$/);
    });

    it('answers /healthz and serves the OpenAPI document', async () => {
      const health = await get('/healthz');
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { ok: true });

      const spec = await get('/api/v1/openapi.json');
      assert.equal(spec.statusCode, 200);
      const document = JSON.parse(spec.body) as { openapi: string; paths: Record<string, unknown> };
      assert.match(document.openapi, /^3\.1\./);
      assert.ok(
        Object.keys(document.paths).some((p) => /\/reports$/.test(p)),
        Object.keys(document.paths).join(', '),
      );
    });

    it('chooses the language from ?lang, then the cookie, then Accept-Language', async () => {
      const none = await get('/q/BPN-SIDOKKES');
      assert.match(none.body, /<html lang="id">/);
      assert.match(none.body, /Apa yang ingin Anda lakukan\?/);
      assert.equal(none.headers['set-cookie'], undefined);

      const asked = await get('/q/BPN-SIDOKKES?lang=en');
      assert.match(asked.body, /<html lang="en">/);
      assert.match(asked.body, /What would you like to do\?/);
      const cookie = String(asked.headers['set-cookie']);
      assert.match(cookie, /^lang=en;/);
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Lax/i);
      const remembered = await get('/q/BPN-SIDOKKES', { cookie: 'lang=en' });
      assert.match(remembered.body, /<html lang="en">/);

      const browser = await get('/q/BPN-SIDOKKES', { 'accept-language': 'en-US,en;q=0.9' });
      assert.match(browser.body, /<html lang="en">/);
      assert.match(browser.body, /Official Propam channel/);
      const indonesian = await get('/q/BPN-SIDOKKES', { 'accept-language': 'id-ID,en;q=0.5' });
      assert.match(indonesian.body, /<html lang="id">/);
      const other = await get('/q/BPN-SIDOKKES', { 'accept-language': 'fr-FR' });
      assert.match(other.body, /<html lang="id">/);
      assert.equal(
        (await get('/q/BPN-SIDOKKES?lang=xx')).headers['set-cookie'],
        undefined,
        'an unknown language sets no cookie',
      );
    });

    it('sends the security headers, and no-store on pages', async () => {
      for (const url of ['/', '/q/BPN-SIDOKKES', '/q/NOPE', '/api/v1/openapi.json', '/healthz']) {
        const { headers } = await get(url);
        const csp = String(headers['content-security-policy']);
        assert.match(csp, /default-src 'self'/, url);
        assert.match(csp, /frame-ancestors 'none'/, url);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
        assert.equal(headers['referrer-policy'], 'no-referrer', url);
        assert.equal(headers['x-content-type-options'], 'nosniff', url);
        assert.equal(headers['cache-control'], 'no-store', url);
      }
      const page = await get('/q/BPN-SIDOKKES');
      assert.match(page.body, /<meta name="referrer" content="no-referrer" \/>/);
      assert.doesNotMatch(page.body, /(src|href)="https?:\/\//, 'nothing is loaded from elsewhere');
    });
  });
}
