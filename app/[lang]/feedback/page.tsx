import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { FeedbackForm } from '@/components/feedback/feedback-form'
import { RETURN_FIELD, returnAddress } from '@/lib/feedback/limits'
import { normalisePagePath } from '@/lib/feedback/schema'
import { isKnownPage } from '@/lib/feedback/server'
import { languageOfParam, localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { failIfTestFault } from '@/lib/security/test-fault'

// The no-JavaScript form behind "No" and "Report a problem". Dynamic because it reads the query:
// which page, and whether it followed a No. When a sent form has errors, the endpoint answers
// with the form itself (422), so nothing typed ever travels in a URL. An address about none of the
// site's pages never gets here: proxy.ts answers it with the not-found page.

type SearchParams = Promise<Record<string, string | string[] | undefined>>
type Props = { params: Promise<{ lang: string }>; searchParams: SearchParams }

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function readParams(params: Awaited<SearchParams>, lang: string) {
  const { t } = getTranslator(lang)
  const page = normalisePagePath(single(params.page))
  if (page === undefined || !isKnownPage(page)) return undefined
  const answer = single(params.answer) === 'no' ? 'no' : undefined
  const heading = answer === 'no' ? t('feedback.headingNo') : t('feedback.report')
  // A list or search results: back to the page with its query, as it was.
  const back = returnAddress(page, single(params[RETURN_FIELD]))
  return { page, answer, heading, back } as const
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = languageOfParam((await params).lang)
  const state = readParams(await searchParams, lang)
  const title = state?.heading ?? getTranslator(lang).t('feedbackPage.title')
  return { title, robots: { index: false, follow: false } }
}

export default async function FeedbackPage({ params, searchParams }: Props) {
  // The end-to-end tests' real 500 (TEST_FAULTS=1 only): lib/security/test-fault.ts.
  failIfTestFault()
  const lang = languageOfParam((await params).lang)
  const { t, rich } = getTranslator(lang)
  const state = readParams(await searchParams, lang)
  if (!state) notFound()
  const { page, answer, heading, back } = state

  return (
    <div className="container-page">
      <p className="mt-4">
        <a href={back ?? page}>
          <span aria-hidden="true">
            ‹{' '}
          </span>
          {t('feedbackPage.back')}
        </a>
      </p>
      <main id="main-content" tabIndex={-1} className="pb-12 pt-2 focus:outline-none">
        <h1 className="mt-6 text-4xl">{heading}</h1>
        <p className="mt-4">{rich('feedbackPage.about', { page: <a href={page} dir="ltr">{page}</a> })}</p>
        {answer === 'no' ? <p className="mt-2">{t('feedbackPage.noHelp')}</p> : null}
        <FeedbackForm path={page} returnTo={back} answer={answer} lang={lang} />
        <p className="mt-8 text-base text-muted">
          {t('feedbackPage.kept')} <a href={localPath(lang, '/privacy')}>{t('feedbackPage.privacy')}</a>
        </p>
      </main>
    </div>
  )
}
