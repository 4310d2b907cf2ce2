/** Where file contents are kept: a folder on the local disk, one file per blob. */
import fs from 'node:fs/promises';
import path from 'node:path';

export type BlobStore = {
  put(id: string, data: Buffer): Promise<void>;
  get(id: string): Promise<Buffer>;
  delete(id: string): Promise<void>;
};

/** Blobs under `dir`, spread over 256 sub-folders so no folder grows huge. */
export function diskBlobStore(dir: string): BlobStore {
  const fileOf = (id: string) => {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('blob ids are UUIDs');
    return path.join(dir, id.slice(0, 2), id);
  };
  return {
    async put(id, data) {
      const file = fileOf(id);
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await fs.writeFile(`${file}.part`, data, { mode: 0o600 });
      await fs.rename(`${file}.part`, file);
    },
    get: (id) => fs.readFile(fileOf(id)),
    delete: (id) => fs.rm(fileOf(id), { force: true }),
  };
}
