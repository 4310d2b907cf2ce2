/**
 * The storage boundary for report content: what the reporter wrote, who they are, the messages
 * and the files. Every read and write of content passes through here and nowhere else. All of
 * it is sealed with the case's own key (XChaCha20-Poly1305 for records, secretstream for file
 * contents); only the holder of that key, given by the caller, can read it back.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '../db/database.js';
import type { MessageAuthor, MessageKind, MessageVisibility } from '../db/schema.js';
import { decryptStream, encryptStream, openRecord, sealRecord } from '../crypto/sealing.js';
import type { BlobStore } from './blob-store.js';

export type Subject = {
  name?: string | undefined;
  rank?: string | undefined;
  nrp?: string | undefined;
  unit?: string | undefined;
  description?: string | undefined;
};

export type ReportContent = {
  description: string;
  occurredAt?: string | undefined;
  occurredAtNote?: string | undefined;
  place?: string | undefined;
  subjects: Subject[];
  witnesses?: string | undefined;
};

export type Identity = { name?: string | undefined; contact?: string | undefined };

export type Message = {
  id: string;
  author: MessageAuthor;
  authorUserId: number | null;
  visibility: MessageVisibility;
  /** A progress update's body is the JSON of its four parts (see `ProgressUpdate`). */
  kind: MessageKind;
  body: string;
  createdAt: Date;
};

/** A progress update to the reporter (SP2HP): what was done, results, obstacles, next step. */
export type ProgressUpdate = { done: string; results: string; obstacles: string; next: string };

export type StoredFile = {
  id: string;
  messageId: string | null;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  cleaned: boolean;
  createdAt: Date;
};

export type NewFile = { name: string; contentType: string; data: Buffer; cleaned: boolean };

type FileRow = {
  id: string;
  message_id: string | null;
  name: Buffer | Uint8Array;
  content_type: string;
  size: number;
  sha256: Buffer | Uint8Array;
  cleaned: boolean;
  created_at: Date;
};

export type TimePrecision = 'hour' | 'day';

/**
 * Times stored with what a reporter sends are cut to the hour (or the day), so that a
 * submission or an answer cannot be matched against a room's camera by the minute.
 */
export function coarsen(at: Date, precision: TimePrecision): Date {
  const copy = new Date(at);
  if (precision === 'day') copy.setUTCHours(0, 0, 0, 0);
  else copy.setUTCMinutes(0, 0, 0);
  return copy;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

/** Owner of every read and write of report content. */
export class ContentStore {
  constructor(
    private readonly blobs: BlobStore,
    /** How finely times of what reporters send are kept. */
    readonly precision: TimePrecision = 'hour',
  ) {}

  /** Now, as coarsely as reporters' times are kept. */
  coarseNow(): Date {
    return coarsen(new Date(), this.precision);
  }

  async saveReport(
    db: Db,
    key: Buffer,
    caseId: string,
    report: ReportContent,
    identity: Identity | undefined,
  ): Promise<void> {
    await db
      .insertInto('report_contents')
      .values({
        case_id: caseId,
        content: sealRecord(key, json(report), `report:${caseId}`),
        identity: identity ? sealRecord(key, json(identity), `identity:${caseId}`) : null,
      })
      .execute();
  }

  async readReport(db: Db, key: Buffer, caseId: string): Promise<ReportContent> {
    const row = await db
      .selectFrom('report_contents')
      .select('content')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    return JSON.parse(
      openRecord(key, row.content, `report:${caseId}`).toString('utf8'),
    ) as ReportContent;
  }

  /** The reporter's name and contact, if they gave any. */
  async readIdentity(db: Db, key: Buffer, caseId: string): Promise<Identity | undefined> {
    const row = await db
      .selectFrom('report_contents')
      .select('identity')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    if (!row.identity) return undefined;
    return JSON.parse(
      openRecord(key, row.identity, `identity:${caseId}`).toString('utf8'),
    ) as Identity;
  }

  async addMessage(
    db: Db,
    key: Buffer,
    message: {
      caseId: string;
      author: MessageAuthor;
      authorUserId: number | null;
      visibility: MessageVisibility;
      body: string;
      kind?: MessageKind;
    },
  ): Promise<string> {
    const id = randomUUID();
    await db
      .insertInto('messages')
      .values({
        id,
        case_id: message.caseId,
        author: message.author,
        author_user_id: message.authorUserId,
        visibility: message.visibility,
        kind: message.kind ?? 'message',
        body: sealRecord(key, message.body, `message:${id}`),
        created_at: message.author === 'reporter' ? this.coarseNow() : new Date(),
      })
      .execute();
    return id;
  }

  /** Seals the handlers' note on the risk of retaliation against the reporter. */
  sealRetaliationRisk(key: Buffer, caseId: string, note: string): Buffer {
    return sealRecord(key, note, `retaliation-risk:${caseId}`);
  }

  openRetaliationRisk(key: Buffer, caseId: string, sealed: Buffer | null): string | null {
    return sealed ? openRecord(key, sealed, `retaliation-risk:${caseId}`).toString('utf8') : null;
  }

  /** Messages of a case, oldest first; the reporter's view passes `reporterOnly`. */
  async listMessages(
    db: Db,
    key: Buffer,
    caseId: string,
    reporterOnly: boolean,
  ): Promise<Message[]> {
    let query = db.selectFrom('messages').selectAll().where('case_id', '=', caseId);
    if (reporterOnly) query = query.where('visibility', '=', 'reporter');
    const rows = await query.orderBy('seq').execute();
    return rows.map((r) => ({
      id: r.id,
      author: r.author,
      authorUserId: r.author_user_id,
      visibility: r.visibility,
      kind: r.kind,
      body: openRecord(key, r.body, `message:${r.id}`).toString('utf8'),
      createdAt: r.created_at,
    }));
  }

  /**
   * Stores a file for a case (optionally with a message), or as a draft waiting for its form,
   * keyed by the digest of the form's submission token. The SHA-256 is of what is stored (the
   * cleaned file), for the chain of custody.
   */
  async saveFile(
    db: Db,
    key: Buffer,
    owner: { caseId: string; messageId?: string } | { draftKey: Buffer },
    file: NewFile,
  ): Promise<StoredFile> {
    const id = randomUUID();
    const sha256 = createHash('sha256').update(file.data).digest('hex');
    const at = this.coarseNow();
    await this.blobs.put(id, Readable.from([file.data]).pipe(encryptStream(key)), at);
    const row = await db
      .insertInto('files')
      .values({
        id,
        case_id: 'caseId' in owner ? owner.caseId : null,
        message_id: 'caseId' in owner ? (owner.messageId ?? null) : null,
        draft_key: 'draftKey' in owner ? owner.draftKey : null,
        name: sealRecord(key, file.name, `file-name:${id}`),
        content_type: file.contentType,
        size: file.data.length,
        sha256: sealRecord(key, sha256, `file-sha256:${id}`),
        cleaned: file.cleaned,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStoredFile(key, row);
  }

  async listFiles(db: Db, key: Buffer, caseId: string): Promise<StoredFile[]> {
    const rows = await db
      .selectFrom('files')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => toStoredFile(key, row));
  }

  async listDraftFiles(db: Db, key: Buffer, draftKey: Buffer): Promise<StoredFile[]> {
    const rows = await db
      .selectFrom('files')
      .selectAll()
      .where('draft_key', '=', draftKey)
      .orderBy('seq')
      .execute();
    return rows.map((row) => toStoredFile(key, row));
  }

  /** Records that a handler opened the reporter's identity, with their reason (sealed). */
  async recordReveal(
    db: Db,
    key: Buffer,
    caseId: string,
    userId: number,
    reason: string,
  ): Promise<void> {
    const id = randomUUID();
    await db
      .insertInto('identity_reveals')
      .values({
        id,
        case_id: caseId,
        user_id: userId,
        reason: sealRecord(key, reason, `reveal:${id}`),
      })
      .execute();
  }

  /** Every opening of the identity: when, by whom, and why. */
  async listReveals(db: Db, key: Buffer, caseId: string) {
    const rows = await db
      .selectFrom('identity_reveals')
      .innerJoin('users', 'users.id', 'identity_reveals.user_id')
      .select([
        'identity_reveals.id',
        'identity_reveals.at',
        'identity_reveals.reason',
        'identity_reveals.user_id',
        'users.username',
      ])
      .where('case_id', '=', caseId)
      .orderBy('identity_reveals.at')
      .execute();
    return rows.map((r) => ({
      at: r.at,
      userId: r.user_id,
      username: r.username,
      reason: openRecord(key, r.reason, `reveal:${r.id}`).toString('utf8'),
    }));
  }

  /** Whether a form has files waiting, without opening them. */
  async hasDrafts(db: Db, draftKey: Buffer): Promise<number> {
    const rows = await db
      .selectFrom('files')
      .select('id')
      .where('draft_key', '=', draftKey)
      .execute();
    return rows.length;
  }

  /** Moves the drafts of a form to the case it created. */
  async attachDrafts(db: Db, draftKey: Buffer, caseId: string): Promise<void> {
    await db
      .updateTable('files')
      .set({ case_id: caseId, draft_key: null })
      .where('draft_key', '=', draftKey)
      .execute();
  }

  async removeDraft(db: Db, draftKey: Buffer, fileId: string): Promise<void> {
    const row = await db
      .deleteFrom('files')
      .where('draft_key', '=', draftKey)
      .where('id', '=', fileId)
      .returning('id')
      .executeTakeFirst();
    if (row) await this.blobs.delete(row.id);
  }

  /** A file's details and its decrypted contents as a stream. */
  async readFile(
    db: Db,
    key: Buffer,
    caseId: string,
    fileId: string,
  ): Promise<{ file: StoredFile; data: Readable } | undefined> {
    const row = await db
      .selectFrom('files')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('id', '=', fileId)
      .executeTakeFirst();
    if (!row) return undefined;
    return { file: toStoredFile(key, row), data: this.blobs.get(row.id).pipe(decryptStream(key)) };
  }

  /** Deletes drafts whose form was never submitted, with their keys. */
  async purgeDrafts(db: Db, olderThan: Date): Promise<number> {
    const rows = await db
      .deleteFrom('files')
      .where('draft_key', 'is not', null)
      .where('created_at', '<', olderThan)
      .returning('id')
      .execute();
    for (const row of rows) await this.blobs.delete(row.id);
    await db.deleteFrom('draft_keys').where('created_at', '<', olderThan).execute();
    return rows.length;
  }
}

function toStoredFile(key: Buffer, row: FileRow): StoredFile {
  return {
    id: row.id,
    messageId: row.message_id,
    name: openRecord(key, row.name, `file-name:${row.id}`).toString('utf8'),
    contentType: row.content_type,
    size: row.size,
    sha256: openRecord(key, row.sha256, `file-sha256:${row.id}`).toString('utf8'),
    cleaned: row.cleaned,
    createdAt: row.created_at,
  };
}
