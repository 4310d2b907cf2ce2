/** What each staff member chooses to be e-mailed about, and the address it goes to. */
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import type { User } from '../db/schema.js';
import { validate } from '../validation.js';

export const notifyKinds = ['new_case', 'assignment', 'reporter_reply', 'deadline'] as const;
export type NotifyKind = (typeof notifyKinds)[number];

/** The kinds a stored `users.notify` list holds; unknown entries are ignored. */
export function notifyKindsOf(stored: string): NotifyKind[] {
  const chosen = new Set(stored.split(',').map((kind) => kind.trim()));
  return notifyKinds.filter((kind) => chosen.has(kind));
}

/** Whether a stored `users.notify` list lets `kind` through. */
export function wantsNotification(stored: string, kind: NotifyKind): boolean {
  return notifyKindsOf(stored).includes(kind);
}

export const preferencesSchema = z.object({
  /** Empty or null: no e-mail at all. */
  email: z
    .union(
      [
        z.null(),
        z
          .string()
          .trim()
          .toLowerCase()
          .pipe(z.union([z.literal(''), z.email('field.emailInvalid')], 'field.emailInvalid')),
      ],
      'field.emailInvalid',
    )
    .transform((value) => value || null),
  notify: z.array(z.enum(notifyKinds, 'field.notifyKind'), 'field.notifyKind').max(10),
});
export type PreferencesInput = z.input<typeof preferencesSchema>;

export type Preferences = { email: string | null; notify: NotifyKind[] };

export function preferencesOf(user: Pick<User, 'email' | 'notify'>): Preferences {
  return { email: user.email, notify: notifyKindsOf(user.notify) };
}

/** Saves a staff member's own address and choices, and records that they changed. */
export async function savePreferences(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  user: Pick<User, 'id' | 'username' | 'email'>,
  input: unknown,
): Promise<Preferences> {
  const data = validate(preferencesSchema, input);
  const notify = notifyKinds.filter((kind) => data.notify.includes(kind));
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ email: data.email, notify: notify.join(',') })
      .where('id', '=', user.id)
      .execute();
    // The address itself stays out of the log: whether it changed is what an auditor needs.
    await audit({ db: trx, secrets: ctx.secrets }, user, 'account_update', null, {
      emailChanged: data.email !== user.email,
      notify: notify.join(','),
    });
  });
  return { email: data.email, notify };
}
