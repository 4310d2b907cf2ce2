/** Files made here with the metadata that betrays a reporter; after upload, exiftool finds none. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { multipart, openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';

const secret = 'BudiSantoso-SM-A105F';

async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#804020' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Artist: secret, Make: 'samsung', Model: secret },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '1/1 15/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '116/1 50/1 0/1',
      },
    })
    .toBuffer();
}

async function pdfWithAuthor(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  doc.setAuthor(secret);
  doc.setCreator(secret);
  doc.setProducer(secret);
  const xmp = `<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${secret}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const stream = doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
  // What an incremental update leaves behind: an older information record nothing points to.
  doc.context.register(doc.context.obj({ Author: PDFString.of(`old-${secret}`) }));
  // A comment on the page, signed by its author.
  const note = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [10, 10, 30, 30],
      T: PDFString.of(secret),
      Contents: PDFString.of('catatan'),
    }),
  );
  doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([note]));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

function docxWithAuthor(photo: Buffer): Buffer {
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bukti</w:t></w:r></w:p></w:body></w:document>',
    ),
    'docProps/core.xml': strToU8(
      `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${secret}</dc:creator><cp:lastModifiedBy>${secret}</cp:lastModifiedBy><cp:revision>7</cp:revision></cp:coreProperties>`,
    ),
    'docProps/app.xml': strToU8(
      `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>${secret}</Company><Manager>${secret}</Manager></Properties>`,
    ),
    'word/comments.xml': strToU8(
      `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="${secret}" w:initials="BS"><w:p><w:r><w:t>cek</w:t></w:r></w:p></w:comment></w:comments>`,
    ),
    'word/people.xml': strToU8(
      `<?xml version="1.0"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="${secret}"><w15:presenceInfo w15:providerId="AD" w15:userId="${secret}@polri.go.id"/></w15:person></w15:people>`,
    ),
    'word/media/image1.jpeg': new Uint8Array(photo),
  };
  return Buffer.from(zipSync(files));
}

function exiftool(data: Buffer, name: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-exif-')), name);
  fs.writeFileSync(file, data);
  try {
    return execFileSync('exiftool', ['-a', '-u', '-G1', file], { encoding: 'utf8' });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

describe('clean attachments', () => {
  let env: TestEnv;
  before(async () => {
    env = await openTestEnv('embedded');
  });
  after(() => env.close());

  it('leaves no author, GPS, camera or revision in what handlers download', async () => {
    const originals = [
      {
        name: 'foto.jpg',
        type: 'image/jpeg',
        data: await jpegWithGps(),
        tags: /GPS Latitude|Artist|Camera Model/,
      },
      {
        name: 'surat.pdf',
        type: 'application/pdf',
        data: await pdfWithAuthor(),
        tags: /Author|Creator/,
      },
      {
        name: 'catatan.docx',
        type: 'application/octet-stream',
        data: docxWithAuthor(await jpegWithGps()),
        tags: /Creator|Company/,
      },
    ];
    for (const o of originals) {
      const before = exiftool(o.data, o.name);
      assert.match(before, o.tags, `the ${o.name} made here must carry metadata`);
      assert.match(before, new RegExp(secret));
      if (o.type === 'image/jpeg') assert.match(before, /Orientation\s*: Rotate 90 CW/);
    }

    const report = JSON.stringify({
      channel: 'BPN-SIDOKKES',
      kind: 'pengaduan',
      category: 'pungli',
      description: 'dengan lampiran',
    });
    const form = multipart([
      { name: 'report', value: report },
      ...originals.map((o) => ({ name: 'files', filename: o.name, type: o.type, data: o.data })),
    ]);
    const submitted = await env.app.inject({ method: 'POST', url: '/api/v1/reports', ...form });
    assert.equal(submitted.statusCode, 201, submitted.body);

    const { token } = await staffToken(env, 'triase');
    const auth = { authorization: `Bearer ${token}` };
    const url = `/api/v1/cases/${encodeURIComponent(submitted.json().caseNumber)}`;
    const files = (await env.app.inject({ url, headers: auth })).json().files as Array<{
      id: string;
      name: string;
      cleaned: boolean;
    }>;
    assert.deepEqual(
      files.map((f) => f.name),
      ['foto.jpg', 'surat.pdf', 'catatan.docx'],
    );
    for (const file of files) {
      assert.equal(file.cleaned, true);
      const download = await env.app.inject({ url: `${url}/files/${file.id}`, headers: auth });
      const after = exiftool(download.rawPayload, file.name);
      assert.doesNotMatch(after, new RegExp(secret), `${file.name}:\n${after}`);
      assert.doesNotMatch(after, /GPS (Latitude|Longitude|Position)/);
      assert.doesNotMatch(after, /\bRevision\b.*7/);
      // Nothing of the maker anywhere inside: not in a PDF's leftovers, not in a document's parts.
      const parts = file.name.endsWith('.docx')
        ? Object.values(unzipSync(download.rawPayload)).map((p) => Buffer.from(p))
        : [download.rawPayload];
      for (const part of parts)
        assert.ok(!part.toString('latin1').includes(secret), `${file.name} still names its maker`);
      if (file.name.endsWith('.docx')) {
        const image = Buffer.from(unzipSync(download.rawPayload)['word/media/image1.jpeg']!);
        assert.doesNotMatch(exiftool(image, 'image1.jpeg'), /GPS|BudiSantoso/);
      }
    }
    // The photo was turned upright: orientation 6 (90°) means the 64×48 original is now 48×64.
    const photo = await env.app.inject({ url: `${url}/files/${files[0]!.id}`, headers: auth });
    const meta = await sharp(photo.rawPayload).metadata();
    assert.deepEqual([meta.width, meta.height], [48, 64]);
  });

  it('refuses a damaged PDF and a HEIC photo with a message, keeping nothing', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.alloc(64),
    ]);
    for (const [name, data, message] of [
      ['rusak.pdf', Buffer.from('%PDF-1.4\nrusak'), /rusak atau terkunci/],
      ['IMG_0001.HEIC', heic, /HEIC/],
    ] as const) {
      const form = multipart([
        {
          name: 'report',
          value: JSON.stringify({
            channel: 'BPN-SIDOKKES',
            kind: 'pengaduan',
            category: 'pungli',
            description: 'x',
          }),
        },
        { name: 'files', filename: name, type: 'application/octet-stream', data },
      ]);
      const response = await env.app.inject({ method: 'POST', url: '/api/v1/reports', ...form });
      assert.equal(response.statusCode, 422);
      assert.match(response.json().error.fields.files, message);
    }
  });
});
