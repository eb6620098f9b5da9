import type { Metadata } from 'next'
import { ErrorSummary } from '@/components/forms/error-summary'
import { PageLayout } from '@/components/layout/page-layout'
import { SearchForm } from '@/components/search/search-form'
import { getMainContact, getTerms, hasHubs } from '@/lib/content'
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE, checkPage, checkQuery } from '@/lib/search/query'
import { siteSearch } from '@/lib/search/site-search'
import { NoResults } from './_components/no-results'
import { Snippet } from './_components/snippet'
import { type LanguageParams, localPath, pageLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { textAttributes } from '@/lib/i18n/text-language'

// Rendered from the index built at start-up. The query is never logged or written to disk; the
// server keeps a results page in memory for SEARCH_CACHE_SECONDS (server.ts), and results pages
// are kept out of search engines. Results are plain links (not next/link):
// nothing to hydrate or prefetch, so the page stays light under load.

type Props = LanguageParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  const { t } = getTranslator(await pageLanguage(params))
  return {
    title: t('search.title'),
    description: hasHubs() ? t('search.descriptionWithHubs', { hubs: getTerms().hubs }) : t('search.description'),
    robots: { index: false, follow: true },
  }
}

const pageHref = (query: string, page: number) => `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`

export default async function SearchPage({ params: route, searchParams }: Props) {
  const lang = await pageLanguage(route)
  const { t, plural } = getTranslator(lang)
  const params = await searchParams
  const check = checkQuery(params.q)
  const page = checkPage(params.page)
  const errors =
    check.kind === 'empty'
      ? [{ href: '#search-page-input', message: t('search.empty') }]
      : check.kind === 'too-long'
        ? [{ href: '#search-page-input', message: t('search.tooLong', { length: check.length, max: MAX_QUERY_LENGTH }) }]
        : []
  const query = check.kind === 'ok' ? check.query : undefined
  const outcome = query ? siteSearch(lang).search(query, { limit: RESULTS_PER_PAGE, offset: (page - 1) * RESULTS_PER_PAGE }) : undefined
  const first = (page - 1) * RESULTS_PER_PAGE + 1
  const hubNoun = getTerms().hub

  return (
    <PageLayout lang={lang} path="/search" breadcrumbs={{ trail: [], current: t('search.title') }} returnTo={query ? pageHref(query, page) : undefined}>
      <h1 className="text-4xl">{query ? t('search.resultsTitle') : t('search.label')}</h1>
      <ErrorSummary lang={lang} errors={errors} />
      <div className="mt-4 max-w-xl">
        {errors.length > 0 ? (
          <p id="search-page-error" className="field-error">
            <span className="sr-only">{t('feedback.errorPrefix')}</span>
            {errors[0]?.message}
          </p>
        ) : (
          <p id="search-page-hint" className="field-hint">
            {t('search.example')}
          </p>
        )}
        <SearchForm
          lang={lang}
          id="search-page-input"
          label={t('search.again')}
          defaultValue={check.kind === 'ok' || check.kind === 'too-long' ? check.query : ''}
          invalid={errors.length > 0}
          describedBy={errors.length > 0 ? 'search-page-error' : 'search-page-hint'}
          className="mt-1"
        />
      </div>

      {query && outcome ? (
        outcome.total === 0 ? (
          <NoResults query={query} suggestion={outcome.suggestion} central={getMainContact()} lang={lang} />
        ) : (
          <>
            <p className="mt-6" role="status">
              {plural('search.results', outcome.total, { query })}
              {outcome.total > RESULTS_PER_PAGE && outcome.hits.length > 0 ? t('search.showing', { from: first, to: first + outcome.hits.length - 1 }) : ''}
            </p>
            <ol className="mt-4 space-y-5" role="list">
              {outcome.hits.map((hit) => (
                <li key={hit.id} className="border-t border-border pt-3">
                  <p className="text-base font-bold uppercase tracking-wide text-muted">{hit.type === 'hub' ? hubNoun : t(`search.type.${hit.type}`)}</p>
                  <h2 className="text-xl">
                    <a href={localPath(lang, hit.url)} {...textAttributes(hit.textLanguage, lang)}>
                      {hit.title}
                    </a>
                  </h2>
                  <Snippet parts={hit.snippet} {...textAttributes(hit.textLanguage, lang)} />
                </li>
              ))}
            </ol>
            {outcome.hits.length === 0 ? <p className="mt-4">{t('search.noMore')}</p> : null}
            {outcome.total > RESULTS_PER_PAGE ? (
              <nav aria-label={t('search.pagesLabel')} className="mt-6 flex gap-6">
                {page > 1 ? <a href={localPath(lang, pageHref(query, page - 1))}>{t('search.previous')}</a> : null}
                {first + outcome.hits.length - 1 < outcome.total ? <a href={localPath(lang, pageHref(query, page + 1))}>{t('search.next')}</a> : null}
              </nav>
            ) : null}
          </>
        )
      ) : null}
    </PageLayout>
  )
}
