/** The whole web application: every feature's routes on one server. */
import type { FastifyInstance } from 'fastify';
import { openApiRoutes } from '../api/openapi.js';
import type { AppContext } from '../app-context.js';
import { caseRoutes } from '../cases/routes.js';
import { channelAdminRoutes } from '../channels/admin-routes.js';
import { channelRoutes } from '../channels/routes.js';
import { intakeRoutes } from '../intake/routes.js';
import { keyRoutes } from '../keys/routes.js';
import { reporterRoutes } from '../reporter/routes.js';
import { staffRoutes } from '../staff/routes.js';
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
  ]);
}
