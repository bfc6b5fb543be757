import { timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import { DASHBOARD_PATH, SESSION_LIFETIME_MS, type DashboardSession } from '../../core/dashboard/dashboard-access.js';
import type { DashboardReader } from '../../core/dashboard/dashboard-reports.js';
import { DashboardRefusal, type DashboardPageId } from '../../core/dashboard/dashboard-scope.js';
import { tableCsv, type DashboardPage } from '../../core/dashboard/dashboard-table.js';
import { isUnavailable, KeinoError } from '../../core/errors.js';
import { isLocale, type Locale } from '../../core/i18n/locale.js';
import { translator } from '../../core/i18n/translator.js';
import type { KeinoCore } from '../../core/keino.js';
import type { Person } from '../../core/people/person.js';
import type { Logger } from '../../core/ports/logger.js';
import { escapeHtml, formTokenField, layout, messagePage, organisationFilter, pageSections, type PageReader } from './dashboard-html.js';
import { DASHBOARD_CSS } from './dashboard-style.js';

export const SESSION_COOKIE = 'keino_dashboard';
const FORM_BODY_LIMIT = '32kb';

/**
 * Every header of every dashboard answer: no script but Keino's own (there is none), no inline
 * style, never in a frame, never sniffed, and no referrer (a sign-in address carries its token).
 */
export const DASHBOARD_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

interface Visit {
  person: Person;
  session: DashboardSession;
  sessionToken: string;
  locale: Locale;
  timeZone: string;
}

interface PageRoute {
  page: DashboardPageId;
  /** The path under which the page and its tables are served (`<path>/tables/<id>.csv`). */
  path: string;
  build(core: KeinoCore, reader: DashboardReader, request: Request): Promise<DashboardPage>;
}

const ORGANISATION_ID = /^[1-9]\d{0,9}$/;

const PAGES: PageRoute[] = [
  { page: 'overview', path: DASHBOARD_PATH, build: (core, reader) => core.services.dashboardReports.overview(reader) },
  { page: 'organisations', path: `${DASHBOARD_PATH}/organisations`, build: (core, reader) => core.services.dashboardReports.organisations(reader) },
  {
    page: 'organisations',
    path: `${DASHBOARD_PATH}/organisations/:id`,
    build: (core, reader, request) => {
      const id = String(request.params.id);
      if (!ORGANISATION_ID.test(id)) throw new DashboardRefusal(404);
      return core.services.dashboardReports.organisation(reader, Number(id));
    },
  },
  { page: 'groups', path: `${DASHBOARD_PATH}/groups`, build: (core, reader) => core.services.dashboardReports.groups(reader) },
  { page: 'academy', path: `${DASHBOARD_PATH}/academy`, build: (core, reader) => core.services.dashboardReports.academy(reader) },
  { page: 'faq', path: `${DASHBOARD_PATH}/faq`, build: (core, reader) => core.services.dashboardReports.faq(reader) },
  { page: 'polls', path: `${DASHBOARD_PATH}/polls`, build: (core, reader) => core.services.dashboardReports.polls(reader) },
];

/**
 * The web dashboard under /dashboard: sign-in by a one-time link from chat, a session cookie,
 * server-rendered pages in the reader's language (no script), each table also as CSV, and
 * sign-out by a form with a CSRF token. Who may see what is decided in the core
 * (src/core/dashboard); this file only speaks HTTP.
 */
export function dashboardRoutes(core: KeinoCore, defaults: { locale: Locale; timeZone: string }, logger: Logger): (app: Express) => void {
  const access = core.services.dashboard;
  return (app) => {
    const router = express.Router();
    router.use((_request, response, next) => {
      response.set(DASHBOARD_HEADERS);
      next();
    });
    const forms = express.urlencoded({ extended: false, limit: FORM_BODY_LIMIT, parameterLimit: 20 });

    router.get('/static/dashboard.css', (_request, response) => {
      response.status(200).type('text/css; charset=utf-8').set('Cache-Control', 'public, max-age=3600').send(DASHBOARD_CSS);
    });

    router.get('/login/:token', async (request, response) => {
      await answer(response, defaults.locale, logger, async () => {
        const now = core.now();
        const signedIn = await access.signIn(String(request.params.token), now, { userAgent: request.get('user-agent') });
        if (!signedIn) {
          const t = translator(requestedLocale(request) ?? defaults.locale);
          response
            .status(404)
            .type('html')
            .send(messagePage(requestedLocale(request) ?? defaults.locale, t('dashboard.siteName'), t('dashboard.linkRefused')));
          return;
        }
        // A browser signed in as someone else before is now this link's person only.
        const previous = sessionCookie(request);
        if (previous) await access.signOut(previous);
        response.cookie(SESSION_COOKIE, signedIn.sessionToken, {
          httpOnly: true,
          secure: !access.local,
          sameSite: 'lax',
          path: DASHBOARD_PATH,
          maxAge: SESSION_LIFETIME_MS,
        });
        response.redirect(303, DASHBOARD_PATH);
      });
    });

    router.post('/logout', forms, async (request, response) => {
      await answer(response, defaults.locale, logger, async () => {
        const visit = await signedIn(request, response);
        if (!visit || !formTokenHolds(request, access.formToken(visit.sessionToken), response, visit.locale)) return;
        await access.signOut(visit.sessionToken);
        response.clearCookie(SESSION_COOKIE, { path: DASHBOARD_PATH, httpOnly: true, secure: !access.local, sameSite: 'lax' });
        const t = translator(visit.locale);
        response
          .status(200)
          .type('html')
          .send(messagePage(visit.locale, t('dashboard.siteName'), t('dashboard.signedOut')));
      });
    });

    router.get('/faq/questions/:id', async (request, response) => {
      await answer(response, defaults.locale, logger, async () => {
        const visit = await signedIn(request, response);
        if (!visit) return;
        const reader = readerOf(visit, request);
        const question = await core.services.dashboardReports.unansweredQuestion(dashboardReader(core, visit, undefined), idParameter(request));
        response
          .status(200)
          .type('html')
          .send(entryForm(reader, question.id, question.text, '', undefined));
      });
    });

    router.post('/faq/questions/:id', forms, async (request, response) => {
      await answer(response, defaults.locale, logger, async () => {
        const visit = await signedIn(request, response);
        if (!visit || !formTokenHolds(request, access.formToken(visit.sessionToken), response, visit.locale)) return;
        const body = (request.body ?? {}) as Record<string, unknown>;
        const input = { question: String(body.question ?? ''), answer: String(body.answer ?? '') };
        const id = idParameter(request);
        try {
          const entryId = await core.services.dashboardReports.turnIntoEntry(dashboardReader(core, visit, undefined), id, input);
          response.redirect(303, `${DASHBOARD_PATH}/faq?saved=${encodeURIComponent(entryId)}`);
        } catch (error) {
          if (!(error instanceof KeinoError)) throw error;
          const reader = readerOf(visit, request);
          response
            .status(400)
            .type('html')
            .send(entryForm(reader, id, input.question, input.answer, reader.t('dashboard.faq.answerMissing')));
        }
      });
    });

    for (const route of PAGES) {
      router.get(route.path.slice(DASHBOARD_PATH.length) || '/', async (request, response) => {
        await answer(response, defaults.locale, logger, async () => {
          const visit = await signedIn(request, response);
          if (!visit) return;
          const organisationId = organisationParameter(request);
          const page = await route.build(core, dashboardReader(core, visit, organisationId), request);
          const reader = readerOf(visit, request);
          const choices = await core.services.dashboardReports.organisationChoices(dashboardReader(core, visit, undefined));
          const saved =
            route.page === 'faq' && typeof request.query.saved === 'string' && /^[\w-]{1,80}$/.test(request.query.saved) ? request.query.saved : undefined;
          const notice = saved ? `<p class="notice" role="status">${escapeHtml(reader.t('dashboard.faq.saved', { id: saved }))}</p>` : '';
          const filter = route.path.includes(':id') ? '' : organisationFilter(reader, choices, organisationId);
          const main = `${notice}${filter}${await pageSections(reader, page, request.path === '/' ? DASHBOARD_PATH : `${DASHBOARD_PATH}${request.path}`)}`;
          response
            .status(200)
            .type('html')
            .send(layout(reader, route.page, page.title, main));
        });
      });
      router.get(`${route.path.slice(DASHBOARD_PATH.length)}/tables/:table.csv`, async (request, response) => {
        await answer(response, defaults.locale, logger, async () => {
          const visit = await signedIn(request, response);
          if (!visit) return;
          const page = await route.build(core, dashboardReader(core, visit, organisationParameter(request)), request);
          const table = page.sections.map((section) => section.table).find((candidate) => candidate.id === request.params.table);
          if (!table) throw new DashboardRefusal(404);
          response
            .status(200)
            .type('text/csv; charset=utf-8')
            .set('Content-Disposition', `attachment; filename="keino-${route.page}-${table.id}.csv"`)
            .send(tableCsv(table));
        });
      });
    }

    router.use((_request, response) => {
      const t = translator(defaults.locale);
      response
        .status(404)
        .type('html')
        .send(messagePage(defaults.locale, t('dashboard.siteName'), t('dashboard.notFound')));
    });
    app.use(DASHBOARD_PATH, router);
  };

  /** The visit a session cookie opens; otherwise a 401 page and undefined. */
  async function signedIn(request: Request, response: Response): Promise<Visit | undefined> {
    const token = sessionCookie(request);
    const session = await access.session(token, core.now());
    const person = session ? await core.services.people.peopleStore.findById(session.personId) : undefined;
    if (!session || !person || !token) {
      const locale = requestedLocale(request) ?? defaults.locale;
      const t = translator(locale);
      response
        .status(401)
        .type('html')
        .send(messagePage(locale, t('dashboard.siteName'), t('dashboard.notSignedIn')));
      return undefined;
    }
    const asked = requestedLocale(request);
    if (asked && asked !== session.locale) await access.setLocale(session, asked);
    return {
      person,
      session,
      sessionToken: token,
      locale: asked ?? session.locale ?? person.locale ?? defaults.locale,
      timeZone: person.timeZone ?? defaults.timeZone,
    };
  }

  function readerOf(visit: Visit, request: Request): PageReader {
    const query = new URLSearchParams();
    const org = organisationParameter(request);
    if (org !== undefined) query.set('org', String(org));
    return {
      person: visit.person,
      locale: visit.locale,
      timeZone: visit.timeZone,
      t: translator(visit.locale),
      formToken: access.formToken(visit.sessionToken),
      path: `${DASHBOARD_PATH}${request.path === '/' ? '' : request.path}`,
      query,
    };
  }
}

function dashboardReader(core: KeinoCore, visit: Visit, organisationId: number | undefined): DashboardReader {
  return {
    person: visit.person,
    locale: visit.locale,
    timeZone: visit.timeZone,
    t: translator(visit.locale),
    now: core.now(),
    ...(organisationId === undefined ? {} : { organisationId }),
  };
}

function entryForm(reader: PageReader, id: number, question: string, answer: string, error: string | undefined): string {
  const { t } = reader;
  const main = `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form class="entry" method="post" action="/dashboard/faq/questions/${id}">
${formTokenField(reader)}
<label for="question">${escapeHtml(t('dashboard.faq.question'))}</label>
<textarea id="question" name="question" rows="3" maxlength="500" required>${escapeHtml(question)}</textarea>
<label for="answer">${escapeHtml(t('dashboard.faq.answer'))}</label>
<textarea id="answer" name="answer" rows="8" maxlength="4000" required>${escapeHtml(answer)}</textarea>
<p><button type="submit">${escapeHtml(t('dashboard.faq.save'))}</button></p>
</form>`;
  return layout(reader, 'faq', t('dashboard.faq.makeEntry'), main);
}

/** Runs a handler and turns refusals and failures into pages with their status. */
async function answer(response: Response, locale: Locale, logger: Logger, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (response.headersSent) return;
    const t = translator(locale);
    if (error instanceof DashboardRefusal) {
      response
        .status(error.status)
        .type('html')
        .send(messagePage(locale, t('dashboard.siteName'), t(error.status === 403 ? 'dashboard.forbidden' : 'dashboard.notFound')));
    } else if (isUnavailable(error)) {
      logger.warn({ err: error }, 'dashboard: database unavailable');
      response
        .status(503)
        .set('Retry-After', '30')
        .type('html')
        .send(messagePage(locale, t('dashboard.siteName'), t('dashboard.failed')));
    } else {
      logger.error({ err: error }, 'dashboard failed');
      response
        .status(500)
        .type('html')
        .send(messagePage(locale, t('dashboard.siteName'), t('dashboard.failed')));
    }
  }
}

/** Whether the form carries this session's token; answers 403 when it does not. */
function formTokenHolds(request: Request, expected: string, response: Response, locale: Locale): boolean {
  const given = String((request.body as Record<string, unknown> | undefined)?.csrf ?? '');
  const holds = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!holds) {
    const t = translator(locale);
    response
      .status(403)
      .type('html')
      .send(messagePage(locale, t('dashboard.siteName'), t('dashboard.formRefused')));
  }
  return holds;
}

function sessionCookie(request: Request): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

function requestedLocale(request: Request): Locale | undefined {
  const lang = request.query.lang;
  return typeof lang === 'string' && isLocale(lang) ? lang : undefined;
}

function organisationParameter(request: Request): number | undefined {
  const org = request.query.org;
  if (typeof org !== 'string' || org === '') return undefined;
  if (!ORGANISATION_ID.test(org)) throw new DashboardRefusal(404);
  return Number(org);
}

function idParameter(request: Request): number {
  const id = String(request.params.id);
  if (!ORGANISATION_ID.test(id)) throw new DashboardRefusal(404);
  return Number(id);
}
