/** Table types for Kysely. Report content lives only in the tables the content store owns. */
import type { ColumnType, Generated, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type UnitTable = {
  id: Generated<number>;
  code: string;
  name: string;
  type: string;
  parent_id: number | null;
  time_zone: string;
  has_propam: boolean;
};

export type ChannelForm = 'full' | 'quick' | 'appreciation';
export type ChannelState = 'active' | 'retired' | 'forged';

export type ChannelTable = {
  id: Generated<number>;
  code: string;
  unit_id: number;
  place: string;
  form: ChannelForm;
  state: ColumnType<ChannelState, ChannelState | undefined, ChannelState>;
  note: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
};

export type ChannelViewTable = { channel_id: number; day: string; views: number };

export type ReportKind = 'pengaduan' | 'pengaduan_cepat' | 'apresiasi';
export type IdentityMode = 'anonymous' | 'confidential' | 'open';

export type CaseTable = {
  id: string;
  case_number: string;
  unit_id: number;
  channel_id: number;
  kind: ReportKind;
  category: string | null;
  state: string;
  outcome: string | null;
  identity_mode: IdentityMode;
  subject_is_propam: boolean;
  subject_is_commander: boolean;
  escalated: boolean;
  receipt_hash: Buffer;
  submitted_at: Date;
  updated_at: Date;
  concluded_at: Date | null;
  track: ColumnType<string | null, string | null | undefined, string | null>;
  difficulty: ColumnType<string | null, string | null | undefined, string | null>;
  /** Sealed with the case key. */
  retaliation_risk: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  assignee_id: ColumnType<number | null, number | null | undefined, number | null>;
  sanction: ColumnType<string | null, string | null | undefined, string | null>;
  approved_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  approved_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** The outcome (and sanction) the approval was given for. */
  approved_outcome: ColumnType<string | null, string | null | undefined, string | null>;
  approved_sanction: ColumnType<string | null, string | null | undefined, string | null>;
  approval_requested_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** When the reporter was first answered or the case first moved on: the acknowledgement. */
  acknowledged_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
};

export type CaseSequenceTable = {
  unit_id: number;
  year: number;
  last_value: number;
};

export type CaseEventTable = {
  id: Generated<number>;
  case_id: string;
  from_state: string | null;
  to_state: string;
  outcome: string | null;
  actor_user_id: number | null;
  at: CreatedAt;
  /** `state` for a move; `assign`, `assess`, `approve`, `forward`, `label` for other steps. */
  kind: ColumnType<string, string | undefined, string>;
  /** Metadata only (a unit code, a username, a track), never report content. */
  detail: ColumnType<string | null, string | null | undefined, string | null>;
};

export type ReportContentTable = {
  case_id: string;
  content: Buffer;
  identity: Buffer | null;
};

export type MessageAuthor = 'reporter' | 'staff';
export type MessageVisibility = 'reporter' | 'internal';
export type MessageKind = 'message' | 'progress';

export type MessageTable = {
  id: string;
  seq: Generated<number>;
  case_id: string;
  author: MessageAuthor;
  author_user_id: number | null;
  visibility: MessageVisibility;
  /** `message`, or `progress` for a progress update (SP2HP) whose sealed body is JSON. */
  kind: ColumnType<MessageKind, MessageKind | undefined, MessageKind>;
  body: Buffer;
  created_at: CreatedAt;
};

export type FileTable = {
  id: string;
  seq: Generated<number>;
  case_id: string | null;
  message_id: string | null;
  /** Set while a file waits for its form to be submitted; cleared when it joins a case. */
  draft_key: Buffer | null;
  name: Buffer;
  content_type: string;
  size: number;
  /** Sealed: even the digest of evidence would let a copy confirm a suspected file. */
  sha256: Buffer;
  cleaned: boolean;
  created_at: CreatedAt;
};

export type SubmissionTable = {
  key_hash: Buffer;
  case_id: string;
  sealed_receipt: Buffer | null;
  body_digest: Buffer;
  created_at: CreatedAt;
};

export type StaffRole = 'triase' | 'penyidik' | 'pimpinan' | 'apresiasi' | 'auditor' | 'admin';

export type UserTable = {
  id: Generated<number>;
  username: string;
  password_hash: string;
  unit_id: number;
  role: StaffRole;
  email: string | null;
  disabled_at: Date | null;
  created_at: CreatedAt;
  public_key: Buffer | null;
  wrapped_private_key: Buffer | null;
  key_salt: Buffer | null;
  keys_confirmed_at: Date | null;
  confirmed_by: string | null;
  totp_secret: Buffer | null;
  totp_enabled_at: Date | null;
  totp_last_counter: number | null;
  /** Comma-separated notification kinds the user wants by e-mail. */
  notify: ColumnType<string, string | undefined, string>;
  must_change_password: ColumnType<boolean, boolean | undefined, boolean>;
};

export type RecoveryCodeTable = { user_id: number; code_hash: Buffer; used_at: Date | null };

export type KeyHolder = 'staff' | 'reporter' | 'recovery';

export type KeyGrantTable = {
  id: Generated<number>;
  case_id: string;
  holder: KeyHolder;
  user_id: number | null;
  sealed_key: Buffer;
};

export type DraftKeyTable = {
  draft_key: Buffer;
  sealed_key: Buffer;
  created_at: CreatedAt;
};

export type SettingTable = { name: string; value: string };

export type SessionTable = {
  token_hash: Buffer;
  kind: 'staff' | 'reporter' | 'enrol';
  user_id: number | null;
  case_id: string | null;
  csrf: string;
  created_at: CreatedAt;
  last_seen_at: Date;
  sealed_secret: Buffer | null;
};

export type AuditLogTable = {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor: string;
  action: string;
  case_number: string | null;
  detail: string;
  hash: Buffer;
};

export type AuditHeadTable = {
  id: number;
  last_id: number;
  last_hash: Buffer;
};

export type IdentityRevealTable = {
  id: string;
  case_id: string;
  user_id: number;
  reason: Buffer;
  at: CreatedAt;
};

export type CaseLabelTable = { case_id: string; label: string };
export type OfficerIndexTable = { case_id: string; officer_mac: Buffer };
/** `day` is an ISO date (YYYY-MM-DD). */
export type HolidayTable = { day: ColumnType<string, string, string>; name: string };

export type JobTable = {
  id: Generated<string>;
  kind: string;
  /** JSON; never report content. */
  payload: string;
  run_at: ColumnType<Date, Date | undefined, Date>;
  attempts: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  done_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  failed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
};

export type DeadlineNoticeTable = { case_id: string; kind: string; due_at: Date; stage: string };

export type Database = {
  case_labels: CaseLabelTable;
  officer_index: OfficerIndexTable;
  holidays: HolidayTable;
  jobs: JobTable;
  deadline_notices: DeadlineNoticeTable;
  channel_views: ChannelViewTable;
  recovery_codes: RecoveryCodeTable;
  identity_reveals: IdentityRevealTable;
  key_grants: KeyGrantTable;
  draft_keys: DraftKeyTable;
  settings: SettingTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  units: UnitTable;
  channels: ChannelTable;
  cases: CaseTable;
  case_sequences: CaseSequenceTable;
  case_events: CaseEventTable;
  report_contents: ReportContentTable;
  messages: MessageTable;
  files: FileTable;
  submissions: SubmissionTable;
  users: UserTable;
  sessions: SessionTable;
};

export type Unit = Selectable<UnitTable>;
export type Channel = Selectable<ChannelTable>;
export type Case = Selectable<CaseTable>;
export type User = Selectable<UserTable>;
export type Job = Selectable<JobTable>;
