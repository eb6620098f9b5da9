import { getSite } from '@/lib/content'
import { html, SafeHtml } from './html'
import { formatAnswer, formatLanguage, formatShare, type ParsedRange } from './report'
import type { FeedbackEntry, PageSummary } from './store'

// The editors' page is answered by a route handler (only a handler can send 401 with a
// WWW-Authenticate challenge), so it is HTML text built with `html`: a stored "<script>" can
// only ever print as text.

const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff}
header{background:#0b0c0c;color:#fff;padding:.75rem 1rem}header p{margin:0;font-weight:700;max-width:64rem;margin-inline:auto}
main{max-width:64rem;margin:0 auto;padding:1rem}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 1rem}h2{font-size:1.5rem;margin:2rem 0 .5rem}
a{color:#1d4f91}a:focus-visible{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
form.filter{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;background:#f3f2f1;padding:1rem}
label{display:block;font-weight:700}.hint{display:block;color:#484949;font-size:1rem}
input{font:inherit;border:2px solid #0b0c0c;padding:.25rem .5rem}input[aria-invalid=true]{border-color:#b0281a}
input:focus-visible,button:focus-visible{outline:3px solid #fd0;box-shadow:inset 0 0 0 2px #0b0c0c}
button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:2px solid transparent;padding:.4rem 1rem;box-shadow:0 2px 0 #002d18;cursor:pointer}
.error-summary{border:5px solid #b0281a;padding:1rem;margin-bottom:1rem}.error-summary a{color:#b0281a;font-weight:700}.field-error{color:#b0281a;font-weight:700;display:block}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:1rem}caption{text-align:left;font-weight:700;font-size:1.25rem;margin-bottom:.5rem}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #b1b4b6;vertical-align:top}td.num,th.num{text-align:right}
ol.comments{list-style:none;padding:0}ol.comments li{border-left:6px solid #005a70;background:#f3f2f1;padding:.75rem 1rem;margin-bottom:1rem}
.meta{color:#484949;font-size:1rem;margin:0 0 .5rem}dl{margin:0}.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);border:0;white-space:nowrap}dt{font-weight:700}dd{margin:0 0 .5rem;white-space:pre-wrap;overflow-wrap:anywhere}
`

export type AdminPageData = {
  range: ParsedRange
  total: number
  summary: PageSummary[]
  comments: FeedbackEntry[]
  csvHref: string
  /** Comments are shown a page at a time: this page, how many pages, and the address of page n. */
  paging: { page: number; pages: number; totalComments: number; href: (page: number) => string }
}

export const COMMENTS_PER_PAGE = 50

function pagination(paging: AdminPageData['paging']): SafeHtml {
  if (paging.pages <= 1) return html``
  return html`<nav aria-label="Comment pages"><p>Page ${paging.page} of ${paging.pages} (${paging.totalComments} comments). ${
    paging.page > 1 ? html`<a href="${paging.href(paging.page - 1)}" rel="prev">Newer comments</a> ` : ''
  }${paging.page < paging.pages ? html`<a href="${paging.href(paging.page + 1)}" rel="next">Older comments</a>` : ''}</p></nav>`
}

function layout(title: string, body: SafeHtml): string {
  return `<!doctype html>${
    html`<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${title}</title><style>${new SafeHtml(STYLE)}</style></head><body><header><p>${getSite().siteName} – editors</p></header><main id="main-content">${body}</main></body></html>`.value
  }`
}

function dateField(name: 'from' | 'to', label: string, value: string, error: string | undefined): SafeHtml {
  const described = [`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ')
  return html`<div><label for="${name}">${label}</label><span class="hint" id="${name}-hint">Optional. Whole days, in UTC</span>${
    error ? html`<span class="field-error" id="${name}-error"><span class="visually-hidden">Error: </span>${error}</span>` : ''
  }<input type="date" id="${name}" name="${name}" value="${value}" aria-describedby="${described}"${error ? html` aria-invalid="true"` : ''}></div>`
}

function comment(entry: FeedbackEntry): SafeHtml {
  const language = formatLanguage(entry.language)
  // What a visitor typed is in the page's language: marked so a screen reader reads it in that
  // language, and laid out by its own direction (dir=auto) when it is written right to left.
  const typed = entry.language ? html` lang="${entry.language}" dir="auto"` : html` dir="auto"`
  return html`<li><p class="meta"><a href="${entry.page}">${entry.page}</a> · ${entry.createdAt.slice(0, 16).replace('T', ' ')} UTC · ${formatAnswer(entry.useful)}${
    language ? html` · ${language}` : ''
  }</p><dl>${entry.trying ? html`<dt>What they were trying to do</dt><dd${typed}>${entry.trying}</dd>` : ''}${
    entry.wrong ? html`<dt>What went wrong</dt><dd${typed}>${entry.wrong}</dd>` : ''
  }</dl></li>`
}

export function renderAdminPage(data: AdminPageData): string {
  const { range, summary, comments } = data
  const errorFor = (field: 'from' | 'to') => range.errors.find((error) => error.field === field)?.message
  const period = range.from || range.to ? `from ${range.from || 'the start'} to ${range.to || 'today'}` : 'all dates'
  const body = html`<h1>Feedback about this website</h1>
${
  range.errors.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">There is a problem</h2><ul>${range.errors.map(
        (error) => html`<li><a href="#${error.field}">${error.message}</a></li>`,
      )}</ul></div>`
    : ''
}
<form class="filter" method="get" action="/admin/feedback">
${dateField('from', 'From', range.from, errorFor('from'))}
${dateField('to', 'To', range.to, errorFor('to'))}
<div><button type="submit">Show feedback</button></div>
</form>
<p>Showing ${period} (dates in UTC): ${data.total} ${data.total === 1 ? 'response' : 'responses'}. <a href="${data.csvHref}" download>Download these responses as CSV</a></p>
<h2>Answers per page</h2>
${
  summary.length === 0
    ? html`<p>No feedback for this period.</p>`
    : html`<div class="table-wrap"><table><caption class="visually-hidden">Is this page useful? Answers per page</caption><thead><tr><th scope="col">Page</th><th scope="col" class="num">Yes</th><th scope="col" class="num">No</th><th scope="col" class="num">Useful</th><th scope="col" class="num">Comments</th><th scope="col">Latest</th></tr></thead><tbody>${summary.map(
        (row) =>
          html`<tr><th scope="row"><a href="${row.page}">${row.page}</a></th><td class="num">${row.yes}</td><td class="num">${row.no}</td><td class="num">${formatShare(row.usefulShare)}</td><td class="num">${row.comments}</td><td>${row.latest.slice(0, 10)}</td></tr>`,
      )}</tbody></table></div>`
}
<h2>Latest comments</h2>
${comments.length === 0 ? html`<p>No comments for this period.</p>` : html`<ol class="comments">${comments.map(comment)}</ol>`}
${pagination(data.paging)}`
  return layout(range.errors.length > 0 ? 'Error: Feedback – editors' : 'Feedback – editors', body)
}

export function renderAdminMessage(title: string, message: string): string {
  return layout(title, html`<h1>${title}</h1><p>${message}</p>`)
}
