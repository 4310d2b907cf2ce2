/** The whole web application: every feature's routes on one server. */
import type { FastifyInstance } from 'fastify';
import { adminRoutes } from '../admin/routes.js';
import { openApiRoutes } from '../api/openapi.js';
import type { AppContext } from '../app-context.js';
import { caseRoutes } from '../cases/routes.js';
import { channelAdminRoutes } from '../channels/admin-routes.js';
import { channelRoutes } from '../channels/routes.js';
import { intakeRoutes } from '../intake/routes.js';
import { keyRoutes } from '../keys/routes.js';
import { notificationRoutes } from '../notifications/routes.js';
import { reporterRoutes } from '../reporter/routes.js';
import { staffRoutes } from '../staff/routes.js';
import { statsRoutes } from '../stats/routes.js';
import { auditRoutes } from '../audit/routes.js';
import { buildServer } from './server.js';

export function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  return buildServer(ctx, [
    (app) => openApiRoutes(app, ctx.config.publicUrl),
    channelRoutes,
    reporterRoutes,
    intakeRoutes,
    staffRoutes,
    caseRoutes,
    keyRoutes,
    channelAdminRoutes,
    adminRoutes,
    statsRoutes,
    auditRoutes,
    notificationRoutes,
  ]);
}
