/**
 * Staff API under `{api}staff/`: every route authenticated (API token or session), role-checked
 * against the ACCESS table (../staff/access.ts) and scoped to the caller's agencies. Every change
 * goes through the Store, which writes the audit entry with it; personal-data reads are audited.
 */
import type { FastifyInstance } from 'fastify';
import type { Locale } from '@gongkai/schema';
import { intParam, notFound, single } from '../http-helpers.js';
import { chooseLocale, HttpProblem, MESSAGES, TITLES, t } from '../problem.js';
import { annualReportCsv, annualReportXlsx } from '../report-export.js';
import type { Store } from '../store.js';
import { registerSessionRoutes, staffGuard, principalOf } from './staff-auth.js';
import { registerStaffIntakeRoutes } from './staff-intake.js';
import { registerOidcRoutes, type OidcRouteContext } from './staff-oidc.js';
import { registerStaffLetterRoutes } from './staff-letters.js';
import { registerStaffReplyTemplateRoutes } from './staff-reply-templates.js';
import { registerStaffRequestRoutes } from './staff-requests.js';

const REPORT_LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

export interface StaffContext extends OidcRouteContext {
  store: Store;
  /** An agency's name from the directory (for report headings). */
  agencyName(id: string): string;
  onPublish: () => void;
  /** 422 unless the agency directory lists the agency as accepting applications (offline intake). */
  checkAgency?: (agencyId: string) => void;
}

export function registerStaffRoutes(app: FastifyInstance, ctx: StaffContext): void {
  app.register(
    async (staff) => {
      staff.addHook('onRequest', staffGuard(ctx));
      // Staff answers carry personal data and CSRF tokens: never kept by a browser or proxy cache.
      staff.addHook('onSend', async (_request, reply) => {
        void reply.header('Cache-Control', 'no-store');
      });
      const { store } = ctx;
      registerSessionRoutes(staff, ctx);
      registerOidcRoutes(staff, ctx);
      registerStaffRequestRoutes(staff, store);
      registerStaffIntakeRoutes(staff, { store, checkAgency: ctx.checkAgency ?? (() => undefined) });
      registerStaffLetterRoutes(staff, { store, onPublish: ctx.onPublish, units: (agencyId) => ctx.staff.accounts.units(agencyId) });
      registerStaffReplyTemplateRoutes(staff, store);

      staff.get('audit', { config: { access: 'audit.list' } }, async (request) => {
        const query = request.query as Record<string, unknown>;
        const entityId = single(query, 'entityId');
        return store.auditStore.list({
          ...(entityId ? { entityId } : {}),
          page: intParam(query, 'page', 1, 1, 1_000_000),
          pageSize: intParam(query, 'pageSize', 50, 1, 500),
          scope: principalOf(request).agencies,
        });
      });
      staff.get('reports/annual', { config: { access: 'reports.annual' } }, async (request, reply) => {
        const query = request.query as Record<string, unknown>;
        const year = intParam(query, 'year', Number.NaN, 2000, 2100);
        if (Number.isNaN(year)) throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: 'year', code: 'required', message: MESSAGES.required }]);
        const agencyId = single(query, 'agencyId');
        const agencies = principalOf(request).agencies;
        // An agency outside the caller's is answered like an unknown one.
        if (agencyId !== undefined && !agencies.includes(agencyId)) throw notFound();
        const format = single(query, 'format') ?? 'json';
        if (!['json', 'csv', 'xlsx'].includes(format)) {
          throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: 'format', code: 'enum', message: t('应为 json、csv 或 xlsx', '應為 json、csv 或 xlsx', 'expected json, csv or xlsx') }]);
        }
        const report = await store.reports.annual(year, agencyId !== undefined ? [agencyId] : agencies);
        if (format === 'json') return { ...report, ...(agencyId !== undefined ? { agencyId } : {}) };
        // `lang` lets a download link ask for the page's language: a link sends the browser's Accept-Language, not the workbench's.
        const lang = single(query, 'lang');
        if (lang !== undefined && !REPORT_LOCALES.includes(lang as Locale)) {
          throw new HttpProblem(400, 'bad-query', TITLES.badQuery, [{ path: 'lang', code: 'enum', message: t('应为 zh-Hans、zh-Hant 或 en', '應為 zh-Hans、zh-Hant 或 en', 'expected zh-Hans, zh-Hant or en') }]);
        }
        const locale = (lang as Locale | undefined) ?? chooseLocale(request.headers['accept-language']);
        const agencyName = agencyId !== undefined ? ctx.agencyName(agencyId) : agencies.map((id) => ctx.agencyName(id)).join('、');
        const file = `annual-report-${year}${agencyId !== undefined ? `-${agencyId}` : ''}.${format}`;
        void reply.header('Content-Disposition', `attachment; filename="${file}"`);
        if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(annualReportCsv(report, agencyName, locale));
        return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await annualReportXlsx(report, agencyName, locale));
      });
    },
    { prefix: 'staff/' },
  );
}
