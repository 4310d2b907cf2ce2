/** The administration pages of the back office: units, users, categories and settings. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { html } from '../http/html.js';
import { casesWithoutReader } from '../cases/cases.js';
import { unreadWarning } from '../cases/views.js';
import { categoryRoutes } from './category-routes.js';
import { adminPage } from './guard.js';
import { settingsRoutes } from './settings-routes.js';
import { unitRoutes } from './unit-routes.js';
import { userRoutes } from './user-routes.js';
import { sendAdminPage } from './views.js';

export function adminRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/staf/admin', async (request, reply) => {
    const auth = await adminPage(ctx, request, reply);
    if (!auth) return reply;
    const t = request.t;
    const count = async (table: 'units' | 'users', column: 'id' | 'unit_id') => {
      const row = await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(column, 'in', auth.scope)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const unread = await casesWithoutReader(ctx.db, auth.scope);
    const body = html`<p>${t('admin.lead')}</p>
      <ul class="choices">
        <li>
          <a class="choice" href="/staf/admin/unit"
            ><strong>${t('admin.nav.units')}</strong>
            <span>${t('admin.unitsCount', { count: await count('units', 'id') })}</span></a
          >
        </li>
        <li>
          <a class="choice" href="/staf/admin/pengguna"
            ><strong>${t('admin.nav.users')}</strong>
            <span>${t('admin.usersCount', { count: await count('users', 'unit_id') })}</span></a
          >
        </li>
        <li>
          <a class="choice" href="/staf/admin/kategori"
            ><strong>${t('admin.nav.categories')}</strong
            ><span>${t('admin.categoriesHint')}</span></a
          >
        </li>
        <li>
          <a class="choice" href="/staf/admin/sanksi"
            ><strong>${t('admin.nav.sanctions')}</strong><span>${t('admin.sanctionsHint')}</span></a
          >
        </li>
        <li>
          <a class="choice" href="/staf/admin/pengaturan"
            ><strong>${t('admin.nav.settings')}</strong><span>${t('admin.settingsHint')}</span></a
          >
        </li>
        <li>
          <a class="choice" href="/staf/kanal"
            ><strong>${t('channels.title')}</strong><span>${t('admin.channelsHint')}</span></a
          >
        </li>
      </ul>
      ${unreadWarning(t, unread)}`;
    return sendAdminPage(request, reply, auth, undefined, t('admin.title'), body);
  });

  unitRoutes(app, ctx);
  userRoutes(app, ctx);
  categoryRoutes(app, ctx);
  settingsRoutes(app, ctx);
}
