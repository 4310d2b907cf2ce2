/**
 * The storage boundary for report content: what the reporter wrote, who they are, the messages
 * and the files. Every read and write of content passes through here and nowhere else, so the
 * form it takes at rest is decided in this one module.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { MessageAuthor, MessageVisibility } from '../db/schema.js';
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
  identity: { name?: string | undefined; contact?: string | undefined };
};

export type Message = {
  id: string;
  author: MessageAuthor;
  authorUserId: number | null;
  visibility: MessageVisibility;
  body: string;
  createdAt: Date;
};

export type StoredFile = {
  id: string;
  messageId: string | null;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
};

export type NewFile = { name: string; contentType: string; data: Buffer };

/** Owner of every read and write of report content. */
export class ContentStore {
  constructor(private readonly blobs: BlobStore) {}

  async saveReport(db: Db, caseId: string, content: ReportContent): Promise<void> {
    await db
      .insertInto('report_contents')
      .values({ case_id: caseId, content: JSON.stringify(content) })
      .execute();
  }

  async readReport(db: Db, caseId: string): Promise<ReportContent> {
    const row = await db
      .selectFrom('report_contents')
      .select('content')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.content) as ReportContent;
  }

  async addMessage(
    db: Db,
    message: {
      caseId: string;
      author: MessageAuthor;
      authorUserId: number | null;
      visibility: MessageVisibility;
      body: string;
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
        body: message.body,
      })
      .execute();
    return id;
  }

  /** Messages of a case, oldest first; the reporter's view passes `reporterOnly`. */
  async listMessages(db: Db, caseId: string, reporterOnly: boolean): Promise<Message[]> {
    let query = db.selectFrom('messages').selectAll().where('case_id', '=', caseId);
    if (reporterOnly) query = query.where('visibility', '=', 'reporter');
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      author: r.author,
      authorUserId: r.author_user_id,
      visibility: r.visibility,
      body: r.body,
      createdAt: r.created_at,
    }));
  }

  /**
   * Stores a file for a case (optionally with a message), or as a draft waiting for its form,
   * keyed by the digest of the form's submission token.
   */
  async saveFile(
    db: Db,
    owner: { caseId: string; messageId?: string } | { draftKey: Buffer },
    file: NewFile,
  ): Promise<StoredFile> {
    const id = randomUUID();
    const sha256 = createHash('sha256').update(file.data).digest('hex');
    await this.blobs.put(id, file.data);
    const row = await db
      .insertInto('files')
      .values({
        id,
        case_id: 'caseId' in owner ? owner.caseId : null,
        message_id: 'caseId' in owner ? (owner.messageId ?? null) : null,
        draft_key: 'draftKey' in owner ? owner.draftKey : null,
        name: file.name,
        content_type: file.contentType,
        size: file.data.length,
        sha256,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStoredFile(row);
  }

  async listFiles(db: Db, caseId: string): Promise<StoredFile[]> {
    const rows = await db
      .selectFrom('files')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toStoredFile);
  }

  async listDraftFiles(db: Db, draftKey: Buffer): Promise<StoredFile[]> {
    const rows = await db
      .selectFrom('files')
      .selectAll()
      .where('draft_key', '=', draftKey)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toStoredFile);
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

  async readFile(
    db: Db,
    caseId: string,
    fileId: string,
  ): Promise<{ file: StoredFile; data: Buffer } | undefined> {
    const row = await db
      .selectFrom('files')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('id', '=', fileId)
      .executeTakeFirst();
    if (!row) return undefined;
    return { file: toStoredFile(row), data: await this.blobs.get(row.id) };
  }

  /** Deletes drafts whose form was never submitted. */
  async purgeDrafts(db: Db, olderThan: Date): Promise<number> {
    const rows = await db
      .deleteFrom('files')
      .where('draft_key', 'is not', null)
      .where('created_at', '<', olderThan)
      .returning('id')
      .execute();
    for (const row of rows) await this.blobs.delete(row.id);
    return rows.length;
  }
}

function toStoredFile(row: {
  id: string;
  message_id: string | null;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: Date;
}): StoredFile {
  return {
    id: row.id,
    messageId: row.message_id,
    name: row.name,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}
