/** Where file contents are kept: a folder on the local disk, one file per blob. */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type BlobStore = {
  /** Writes a blob from a stream (already encrypted), dated `at` on disk. */
  put(id: string, data: Readable, at: Date): Promise<void>;
  get(id: string): Readable;
  delete(id: string): Promise<void>;
};

/** Blobs under `dir`, spread over 256 sub-folders so no folder grows huge. */
export function diskBlobStore(dir: string): BlobStore {
  const fileOf = (id: string) => {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('blob ids are UUIDs');
    return path.join(dir, id.slice(0, 2), id);
  };
  return {
    async put(id, data, at) {
      const file = fileOf(id);
      await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await pipeline(data, fs.createWriteStream(`${file}.part`, { mode: 0o600 }));
      await fs.promises.rename(`${file}.part`, file);
      // The file system's own clock would date the upload to the second.
      await fs.promises.utimes(file, at, at);
    },
    get: (id) => fs.createReadStream(fileOf(id)),
    delete: (id) => fs.promises.rm(fileOf(id), { force: true }),
  };
}
