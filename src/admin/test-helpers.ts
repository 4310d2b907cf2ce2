/** What the administration tests share: a signed-in back office user and form posts. */
import type { StaffRole } from '../db/schema.js';
import { backOfficeCookies, staffToken, type TestEnv } from '../testing/harness.js';

export type BackOffice = {
  username: string;
  password: string;
  token: string;
  cookies: { peluit_staf: string };
  csrf: string;
};

/** The CSRF token a page's forms carry. */
export function csrfOf(body: string): string {
  const found = /name="_csrf" value="([^"]+)"/.exec(body);
  if (!found) throw new Error('no CSRF field on the page');
  return found[1]!;
}

/** A staff member of `role` at `unit`, logged in to the back office (and to the API). */
export async function backOffice(
  env: TestEnv,
  role: StaffRole,
  unit = 'MABES',
): Promise<BackOffice> {
  const staff = await staffToken(env, role, unit);
  const cookies = await backOfficeCookies(env, staff);
  const page = await env.app.inject({ method: 'GET', url: '/staf/sandi', cookies });
  return { ...staff, cookies, csrf: csrfOf(page.body) };
}

/** Posts a urlencoded back office form with the session's CSRF token. */
export function postForm(
  env: TestEnv,
  who: Pick<BackOffice, 'cookies' | 'csrf'>,
  url: string,
  fields: Record<string, string>,
) {
  return env.app.inject({
    method: 'POST',
    url,
    cookies: who.cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });
}

/** Gets a back office page as `who`. */
export function getPage(env: TestEnv, who: Pick<BackOffice, 'cookies'>, url: string) {
  return env.app.inject({ method: 'GET', url, cookies: who.cookies });
}
