/** The statistics page of the back office and `GET /api/v1/stats`. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { staffHeader } from '../cases/views.js';
import { AppError, forbidden } from '../errors.js';
import { sendPage } from '../http/server.js';
import { categoryLabeller } from '../intake/categories.js';
import { getSettings } from '../settings/settings.js';
import { requireStaff } from '../staff/auth.js';
import { seesStatistics, statisticsScope, unitStatistics, type Statistics } from './stats.js';
import { statisticsView, type StatsForm } from './views.js';

type StatsRoute = { Querystring: Record<string, unknown> };

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 60) : '');

export function statsRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get<StatsRoute>('/staf/statistik', async (request, reply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    if (!seesStatistics(auth.user.role)) throw forbidden('statistics are not for this role');

    const scope = await statisticsScope(ctx, auth.user);
    const units = await ctx.db
      .selectFrom('units')
      .select(['id', 'code', 'name'])
      .where('id', 'in', scope)
      .orderBy('code')
      .execute();
    const own = units.find((u) => u.id === auth.user.unit_id)!;
    const query = request.query;
    // A first visit (no filter sent yet) shows the whole tree the caller oversees.
    const asked = query.unit !== undefined;
    const form: StatsForm = {
      values: {
        unit: text(query.unit) || own.code,
        descendants: asked ? query.descendants === 'true' : true,
        from: text(query.from),
        to: text(query.to),
      },
      errors: {},
      units,
      tree: scope.length > 1,
    };

    let stats: Statistics | undefined;
    try {
      stats = await unitStatistics(ctx, auth.user, form.values);
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      form.errors = error.fields;
    }
    const category = categoryLabeller((await getSettings(ctx.db)).categories, request.lang);
    const body = statisticsView(request.t, request.lang, form, stats, category);
    return sendPage(request, reply, request.t('stats.title'), body, {
      status: stats ? 200 : 422,
      wide: true,
      header: staffHeader(request.t, auth.user.username, auth.csrf, auth.user.role),
    });
  });

  app.get<StatsRoute>('/api/v1/stats', async (request: FastifyRequest<StatsRoute>) => {
    const auth = await requireStaff(ctx, request);
    return unitStatistics(ctx, auth.user, request.query);
  });
}
