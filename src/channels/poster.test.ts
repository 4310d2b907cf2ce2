/** Posters decode to their channel's address, fit their page, and channels count their views. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { backOfficeCookies, openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';
import { layoutPoster, renderPosters, type PosterChannel } from './poster.js';

const root = path.resolve(import.meta.dirname, '../..');
const longChannel: PosterChannel = {
  code: 'BPN-PPA-LANTAI-DUA',
  place:
    'Ruang Unit Pelayanan Perempuan dan Anak Satreskrim, Lantai Dua Gedung Utama Sebelah Timur',
  form: 'quick',
  unitName: 'Polres Kawasan Bandara Internasional I Gusti Ngurah Rai Kepolisian Daerah Bali',
};

/** Renders each page of a PDF and decodes its QR code; `phone` blurs, tilts and shrinks it. */
async function decodePages(pdf: Buffer, dpi: number, phone = false): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-poster-'));
  try {
    fs.writeFileSync(path.join(dir, 'p.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      path.join(dir, 'p.pdf'),
      path.join(dir, 'page'),
    ]);
    const pages = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('page'))
      .sort();
    const decoded: string[] = [];
    for (const page of pages) {
      let file = path.join(dir, page);
      if (phone) {
        const photo = path.join(dir, `photo-${page}.jpg`);
        await sharp(file)
          .rotate(7, { background: '#ffffff' })
          .blur(1.2)
          .jpeg({ quality: 45 })
          .toFile(photo);
        file = photo;
      }
      const out = execFileSync('zbarimg', ['-q', '--raw', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      decoded.push(out.trim());
    }
    return decoded;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('posters', () => {
  it('fit a long unit name and place inside the margins, A4 and A5', async () => {
    const doc = await PDFDocument.create();
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
    };
    for (const size of ['a4', 'a5'] as const) {
      for (const lang of ['id', 'en'] as const) {
        const layout = layoutPoster(longChannel, size, lang, 'https://peluit.polri.example', fonts);
        const { width, margin } = layout.page;
        for (const line of layout.lines) {
          assert.ok(
            line.x >= margin - 0.01 && line.x + line.width <= width - margin + 0.01,
            `"${line.text}" runs off`,
          );
          assert.ok(line.y >= margin - 0.01, `"${line.text}" falls below the margin`);
        }
        assert.ok(layout.qr.size >= width * 0.4, 'the code stays large enough to scan');
        const text = layout.lines.map((l) => l.text).join(' ');
        for (const word of ['Bandara', 'Satreskrim', 'BPN-PPA-LANTAI-DUA'])
          assert.match(text, new RegExp(word));
      }
    }
  });

  it('decode to exactly the channel address at A4, A5 and as a poor phone photo', async () => {
    const url = 'https://peluit.polri.example';
    const channels: PosterChannel[] = [
      {
        code: 'BPN-SIDOKKES',
        place: 'Ruang Sidokkes',
        form: 'full',
        unitName: 'Polresta Balikpapan',
      },
      longChannel,
    ];
    const expected = channels.map((c) => `${url}/q/${c.code}`);
    const a4 = await renderPosters(channels, { size: 'a4', lang: 'id', publicUrl: url });
    assert.deepEqual(await decodePages(a4, 150), expected);
    assert.deepEqual(await decodePages(a4, 50, true), expected);
    const a5 = await renderPosters(channels, { size: 'a5', lang: 'en', publicUrl: url });
    assert.deepEqual(await decodePages(a5, 150), expected);
    assert.deepEqual(await decodePages(a5, 60, true), expected);
  });

  it('come out of the CLI for a channel and for a whole unit', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-cli-poster-'));
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [path.join(root, 'bin/peluit.js'), ...args], {
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          DATABASE_URL: '',
          PUBLIC_URL: 'https://peluit.polri.example',
          LOG_LEVEL: 'silent',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    try {
      run('import', 'units', path.join(root, 'src/demo/data/units-kaltim.csv'));
      run('import', 'channels', path.join(root, 'src/demo/data/channels-balikpapan.csv'));
      const one = path.join(dataDir, 'one.pdf');
      run('poster', '--channel', 'bpn-sidokkes', '--out', one);
      const unit = path.join(dataDir, 'unit.pdf');
      run('poster', '--unit', 'POLRESTA-BPN', '--size', 'a5', '--out', unit);
      return Promise.all([
        decodePages(fs.readFileSync(one), 100),
        decodePages(fs.readFileSync(unit), 100),
      ]).then(([a, b]) => {
        assert.deepEqual(a, ['https://peluit.polri.example/q/BPN-SIDOKKES']);
        assert.deepEqual(
          b.sort(),
          ['BPN-CC110', 'BPN-CEPAT', 'BPN-PPA', 'BPN-SIDOKKES'].map(
            (c) => `https://peluit.polri.example/q/${c}`,
          ),
        );
      });
    } finally {
      setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 5000).unref();
    }
  });
});

describe('channels in the back office', () => {
  let env: TestEnv;
  before(async () => {
    env = await openTestEnv('embedded');
  });
  after(() => env.close());

  it('counts landing views per channel and day, and nothing else', async () => {
    for (let i = 0; i < 3; i++) {
      await env.app.inject({
        url: '/q/BPN-SIDOKKES',
        headers: { 'user-agent': 'Penanda-UA/1.0', 'x-forwarded-for': '198.51.100.7' },
      });
    }
    await env.app.inject({ url: '/q/BPN-CC110' });
    const rows = await env.ctx.db
      .selectFrom('channel_views')
      .innerJoin('channels', 'channels.id', 'channel_views.channel_id')
      .selectAll('channel_views')
      .select('channels.code')
      .execute();
    const counts = Object.fromEntries(rows.map((r) => [r.code, r.views]));
    assert.deepEqual(counts, { 'BPN-SIDOKKES': 3, 'BPN-CC110': 1 });
    assert.deepEqual(Object.keys(rows[0]!).sort(), ['channel_id', 'code', 'day', 'views']);
    assert.doesNotMatch(JSON.stringify(rows), /Penanda|198\.51/);
  });

  it('lets a section create, mark forged, replace and retire channels, and print posters', async () => {
    const staff = await staffToken(env, 'pimpinan');
    const cookies = await backOfficeCookies(env, staff);
    const page = await env.app.inject({ url: '/staf/kanal', cookies });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /BPN-SIDOKKES/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const post = (url: string, payload: Record<string, string> = {}) =>
      env.app.inject({ method: 'POST', url, cookies, payload: { _csrf: csrf, ...payload } });

    assert.equal(
      (
        await post('/staf/kanal', {
          unit: 'POLRESTA-BPN',
          code: 'bpn-spkt',
          place: 'Ruang SPKT',
          form: 'full',
        })
      ).statusCode,
      303,
    );
    assert.match((await env.app.inject({ url: '/q/BPN-SPKT' })).body, /Ruang SPKT/);

    assert.equal((await post('/staf/kanal/BPN-SPKT/palsu')).statusCode, 303);
    assert.match((await env.app.inject({ url: '/q/BPN-SPKT' })).body, /stiker palsu/);

    assert.equal(
      (await post('/staf/kanal/BPN-SPKT/ganti', { code: 'BPN-SPKT-2' })).statusCode,
      303,
    );
    const old = await env.app.inject({ url: '/q/BPN-SPKT' });
    assert.equal(old.statusCode, 410);
    assert.match(old.body, /BPN-SPKT-2/);

    const poster = await env.app.inject({
      url: '/staf/kanal/BPN-SPKT-2/poster.pdf?size=a5',
      cookies,
    });
    assert.equal(poster.headers['content-type'], 'application/pdf');
    assert.deepEqual(await decodePages(poster.rawPayload, 100), [
      'http://peluit.test/q/BPN-SPKT-2',
    ]);

    assert.equal((await post('/staf/kanal/BPN-SPKT-2/tarik')).statusCode, 400, 'asks to be sure');
    assert.equal((await post('/staf/kanal/BPN-SPKT-2/tarik', { confirm: 'yes' })).statusCode, 303);
    assert.equal((await env.app.inject({ url: '/q/BPN-SPKT-2' })).statusCode, 410);

    const other = await post('/staf/kanal', {
      unit: 'POLRESTA-SMD',
      code: 'SMD-X',
      place: 'x',
      form: 'full',
    });
    assert.equal(other.statusCode, 403, 'another unit’s channels are not ours');
  });

  it('serves the QR code as SVG, PNG and PDF', async () => {
    for (const [ext, type] of [
      ['svg', 'image/svg+xml'],
      ['png', 'image/png'],
      ['pdf', 'application/pdf'],
    ]) {
      const response = await env.app.inject({ url: `/q/BPN-SIDOKKES/qr.${ext}` });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), new RegExp(type!.replace('+', '\\+')));
    }
    const pdf = await env.app.inject({ url: '/q/BPN-SIDOKKES/qr.pdf' });
    assert.deepEqual(await decodePages(pdf.rawPayload, 100), ['http://peluit.test/q/BPN-SIDOKKES']);
  });
});
