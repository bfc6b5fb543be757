import type { DashboardPageId } from '../../core/dashboard/dashboard-scope.js';
import { PAGE_ROLES, DASHBOARD_PAGES } from '../../core/dashboard/dashboard-scope.js';
import type { Cell, DashboardPage, DashboardTable } from '../../core/dashboard/dashboard-table.js';
import { LOCALES, type Locale } from '../../core/i18n/locale.js';
import { translate, type Translate } from '../../core/i18n/translator.js';
import type { Person } from '../../core/people/person.js';
import { formatDate, formatDateTime } from '../../core/time/format.js';
import { inlineChartSvg } from './inline-svg.js';

export const STYLESHEET_PATH = '/dashboard/static/dashboard.css';
const PAGE_PATHS: Record<DashboardPageId, string> = {
  overview: '/dashboard',
  organisations: '/dashboard/organisations',
  groups: '/dashboard/groups',
  academy: '/dashboard/academy',
  faq: '/dashboard/faq',
  polls: '/dashboard/polls',
};

/** Text made safe for HTML, in element content and in quoted attributes alike. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Who reads the page and how: their language, zone, the form token, and the address of this page. */
export interface PageReader {
  person: Person;
  locale: Locale;
  timeZone: string;
  t: Translate;
  formToken: string;
  /** This page's path and query (without lang), for the language links. */
  path: string;
  query: URLSearchParams;
}

/** A whole page: the skip link, the header with the pages, languages and sign-out, and the main content. */
export function layout(reader: PageReader, current: DashboardPageId | undefined, title: string, main: string): string {
  const { t } = reader;
  const pages = DASHBOARD_PAGES.filter((page) => PAGE_ROLES[page].includes(reader.person.role))
    .map((page) => {
      const here = page === current ? ' aria-current="page"' : '';
      return `<li><a href="${PAGE_PATHS[page]}"${here}>${escapeHtml(t(`dashboard.nav.${page}`))}</a></li>`;
    })
    .join('');
  const languages = LOCALES.map((locale) => {
    const query = new URLSearchParams(reader.query);
    query.set('lang', locale);
    const here = locale === reader.locale ? ' aria-current="true"' : '';
    return `<li><a href="${escapeHtml(`${reader.path}?${query}`)}" lang="${locale}" hreflang="${locale}"${here}>${escapeHtml(translate(locale, 'dashboard.languageName'))}</a></li>`;
  }).join('');
  return document(
    reader.locale,
    `${title} – ${t('dashboard.siteName')}`,
    `<a class="skip" href="#main">${escapeHtml(t('dashboard.skip'))}</a>
<header>
<p class="site">${escapeHtml(t('dashboard.siteName'))}</p>
<nav aria-label="${escapeHtml(t('dashboard.nav.label'))}"><ul>${pages}</ul></nav>
<nav aria-label="${escapeHtml(t('dashboard.languages'))}"><ul>${languages}</ul></nav>
<p class="who">${escapeHtml(t('dashboard.signedInAs', { name: reader.person.name, role: t(`dashboard.role.${reader.person.role}`) }))}</p>
<form method="post" action="/dashboard/logout">${formTokenField(reader)}<button type="submit">${escapeHtml(t('dashboard.logout'))}</button></form>
</header>
<main id="main" tabindex="-1">
<h1>${escapeHtml(title)}</h1>
${main}
</main>`,
  );
}

/** A page with only a message (signed out, refused, a link that does not work). */
export function messagePage(locale: Locale, title: string, text: string): string {
  return document(locale, title, `<main id="main"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main>`);
}

function document(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
${body}
</body>
</html>
`;
}

export function formTokenField(reader: Pick<PageReader, 'formToken'>): string {
  return `<input type="hidden" name="csrf" value="${escapeHtml(reader.formToken)}">`;
}

/** The organisation filter an admin sees above every page: a plain GET form, no script. */
export function organisationFilter(reader: PageReader, organisations: { id: number; name: string }[], selected: number | undefined): string {
  if (organisations.length === 0) return '';
  const { t } = reader;
  const options = [
    `<option value="">${escapeHtml(t('dashboard.filter.all'))}</option>`,
    ...organisations.map((one) => `<option value="${one.id}"${one.id === selected ? ' selected' : ''}>${escapeHtml(one.name)}</option>`),
  ].join('');
  return `<form class="filter" method="get" action="${escapeHtml(reader.path)}"><label>${escapeHtml(t('dashboard.filter.organisation'))} <select name="org">${options}</select></label><button type="submit">${escapeHtml(t('dashboard.filter.apply'))}</button></form>`;
}

/** The sections of a page: heading, sentence, chart (inline SVG with its alt text), table, CSV link. */
export async function pageSections(reader: PageReader, page: DashboardPage, csvBase: string): Promise<string> {
  const parts: string[] = [];
  for (const section of page.sections) {
    const id = `section-${section.table.id}`;
    const chart = section.chart && section.table.rows.length > 0 ? await chartFigure(section.chart) : '';
    const download = new URLSearchParams(reader.query);
    parts.push(`<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(section.heading)}</h2>
${section.intro ? `<p>${escapeHtml(section.intro)}</p>` : ''}
${chart}
${tableHtml(reader, section.table)}
<p class="download"><a href="${escapeHtml(`${csvBase}/tables/${section.table.id}.csv${download.size > 0 ? `?${download}` : ''}`)}" download>${escapeHtml(reader.t('dashboard.download'))}: ${escapeHtml(section.table.caption)}</a></p>
</section>`);
  }
  return parts.join('\n');
}

async function chartFigure(chart: NonNullable<DashboardPage['sections'][number]['chart']>): Promise<string> {
  try {
    return `<figure>${await inlineChartSvg(chart)}<figcaption>${escapeHtml(chart.altText)}</figcaption></figure>`;
  } catch {
    // A chart that cannot be drawn leaves its table, which says the same.
    return '';
  }
}

export function tableHtml(reader: Pick<PageReader, 'locale' | 'timeZone' | 't'>, table: DashboardTable): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body =
    table.rows.length === 0
      ? `<tr><td colspan="${table.columns.length}">${escapeHtml(reader.t('dashboard.empty'))}</td></tr>`
      : table.rows
          .map(
            (row) =>
              `<tr>${row
                .map((cell, index) => {
                  const tag = index === 0 ? 'th scope="row"' : 'td';
                  const numeric = typeof cell === 'number' ? ' class="num"' : '';
                  return `<${tag}${numeric}>${cellHtml(reader, cell)}</${index === 0 ? 'th' : 'td'}>`;
                })
                .join('')}</tr>`,
          )
          .join('\n');
  // A table wider than a phone scrolls: the region takes keyboard focus so it can be scrolled without a mouse (axe: scrollable-region-focusable).
  return `<div class="scroll" role="region" tabindex="0" aria-label="${escapeHtml(table.caption)}"><table><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function cellHtml(reader: Pick<PageReader, 'locale' | 'timeZone'>, cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return escapeHtml(cell);
  if (typeof cell === 'number') return escapeHtml(cell.toLocaleString(reader.locale === 'en' ? 'en-GB' : reader.locale === 'sv' ? 'sv-FI' : 'fi-FI'));
  if ('date' in cell) return escapeHtml(formatDate(cell.date, reader.locale));
  if ('at' in cell) return escapeHtml(formatDateTime(cell.at, reader.timeZone, reader.locale));
  return `<a href="${escapeHtml(cell.href)}">${escapeHtml(cell.text)}</a>`;
}

/** Where a page is served, for links and the navigation. */
export function pagePath(page: DashboardPageId): string {
  return PAGE_PATHS[page];
}
