import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FeedbackForm } from '@/components/feedback/feedback-form'
import { RETURN_FIELD, returnAddress } from '@/lib/feedback/limits'
import { normalisePagePath } from '@/lib/feedback/schema'
import { isKnownPage } from '@/lib/feedback/server'
import { failIfTestFault } from '@/lib/security/test-fault'

// The no-JavaScript form behind "No" and "Report a problem". Dynamic because it reads the query:
// which page, and whether it followed a No. When a sent form has errors, the endpoint answers
// with the form itself (422), so nothing typed ever travels in a URL. An address about none of the
// site's pages never gets here: proxy.ts answers it with the not-found page.

type SearchParams = Promise<Record<string, string | string[] | undefined>>

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function readParams(params: Awaited<SearchParams>) {
  const page = normalisePagePath(single(params.page))
  if (page === undefined || !isKnownPage(page)) return undefined
  const answer = single(params.answer) === 'no' ? 'no' : undefined
  const heading = answer === 'no' ? 'Help us improve this page' : 'Report a problem with this page'
  // A list or search results: back to the page with its query, as it was.
  const back = returnAddress(page, single(params[RETURN_FIELD]))
  return { page, answer, heading, back } as const
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const state = readParams(await searchParams)
  const title = state?.heading ?? 'Feedback'
  return { title, robots: { index: false, follow: false } }
}

export default async function FeedbackPage({ searchParams }: { searchParams: SearchParams }) {
  // The end-to-end tests' real 500 (TEST_FAULTS=1 only): lib/security/test-fault.ts.
  failIfTestFault()
  const state = readParams(await searchParams)
  if (!state) notFound()
  const { page, answer, heading, back } = state

  return (
    <div className="container-page">
      <p className="mt-4">
        <a href={back ?? page}>
          <span aria-hidden="true">‹ </span>Back to the page
        </a>
      </p>
      <main id="main-content" tabIndex={-1} className="pb-12 pt-2 focus:outline-none">
        <h1 className="mt-6 text-4xl">{heading}</h1>
        <p className="mt-4">
          Your feedback is about the page <a href={page}>{page}</a>. We read all feedback but cannot reply to it.
        </p>
        {answer === 'no' ? <p className="mt-2">Tell us what was wrong, or send the form empty to just tell us the page was not useful.</p> : null}
        <FeedbackForm path={page} returnTo={back} answer={answer} />
        <p className="mt-8 text-base text-muted">
          We keep feedback for 365 days. <Link prefetch={false} href="/privacy">How we use feedback</Link>
        </p>
      </main>
    </div>
  )
}
