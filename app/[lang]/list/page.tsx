import type { Metadata } from 'next'
import Link from 'next/link'
import { ErrorSummary } from '@/components/forms/error-summary'
import { PageLayout } from '@/components/layout/page-layout'
import { getSite, getSiteUrl, getTerms, hasHubs } from '@/lib/content'
import { MAX_LIST_ITEMS, listPath, parseList } from '@/lib/list/address'
import { itemExists, listChoices, listEntries, listEntry } from '@/lib/list/items'
import { qrCodeSvg } from '@/lib/list/qr-code'
import { dateText, londonClock } from '@/lib/opening-times'
import { ChooseItems } from './_components/choose-items'
import { ListItems } from './_components/list-items'
import { TakeAway } from './_components/take-away'
import './list.css'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'

// A list of hubs, services, needs and guides to take away, held only in its own address
// (lib/list/address.ts). Rendered per request from today's content and never kept: Next marks a
// page that reads its query private and no-store, and the server's page cache does not key it
// (lib/places/rewrite-target.ts). The server logs no request addresses, feedback stores only the
// bare path (its no-JavaScript answer comes back to the list's address, which is not stored), and
// the page is kept out of search engines and the sitemap.

type Props = LanguageParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

const TITLE = 'Your list'

async function readList(searchParams: Props['searchParams']) {
  return parseList(await searchParams, itemExists, getTerms().hub)
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const list = await readList(searchParams)
  return {
    title: list.tooMany ? `Error: ${TITLE}` : TITLE,
    description: `Gather ${hasHubs() ? `${getTerms().hubs}, services` : 'services'} and help to print, text, email or show as a QR code.`,
    robots: { index: false, follow: false },
  }
}

export default async function ListPage({ params: route, searchParams }: Props) {
  const lang = await pageLanguage(route)
  const list = await readList(searchParams)
  const site = getSite()
  const entries = listEntries(list.items)
  const path = listPath(list.items)
  const address = `${getSiteUrl()}${path}`
  const errors = list.tooMany
    ? [
        {
          href: '#list-heading',
          message: `This list's address names ${list.tooMany.named} things, and a list holds ${MAX_LIST_ITEMS} at most. These were left off: ${list.tooMany.leftOff.map((item) => listEntry(item)?.name ?? item.slug).join(', ')}.`,
        },
      ]
    : []
  const printedOn = dateText(londonClock(new Date()).date)

  return (
    <PageLayout lang={lang} path="/list" breadcrumbs={{ trail: [], current: TITLE }} printAddress={entries.length > 0 ? address : undefined} returnTo={list.items.length > 0 ? path : undefined}>
      <h1 className="text-4xl print:hidden">{TITLE}</h1>
      <ErrorSummary lang={lang} errors={errors} />
      {list.notes.length > 0 ? (
        <section aria-labelledby="notes-heading" className="panel mt-6 print:hidden">
          <h2 id="notes-heading" className="text-xl">
            Some of the address was not used
          </h2>
          <ul className="mt-2 list-disc ps-6">
            {list.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {entries.length > 0 ? (
        <>
          <p className="lede mt-4 max-w-3xl print:hidden">
            {entries.length === 1 ? 'One thing' : `${entries.length} things`} to keep. <a href="#take-away-heading">Print it, send it by text or email, or scan its QR code</a>.
          </p>
          {/* On paper the header gives the site's name and the line above this the list's address. */}
          <p className="hidden text-xl font-bold print:block">
            {TITLE}, printed on {printedOn}.
          </p>
        </>
      ) : (
        <p className="lede mt-4 max-w-3xl">
          Choose {hasHubs() ? `${getTerms().hubs}, services` : 'services'} and help below to make a list you can print, send by text or email, or show as a QR code. A list holds up to {MAX_LIST_ITEMS} things.
        </p>
      )}
      <p className="mt-2 max-w-3xl text-base print:hidden">
        The address of this page shows what is on the list, so anyone who sees it can too. <Link prefetch={false} href="/staying-safe-online">Staying safe online</Link>
      </p>

      {entries.length > 0 ? (
        <>
          <ListItems entries={entries} items={list.items} />
          <ChooseItems sections={listChoices()} chosen={list.items} open={false} />
          <TakeAway siteName={site.siteName} entries={entries} address={address} qrSvg={await qrCodeSvg(address)} />
        </>
      ) : (
        <ChooseItems sections={listChoices()} chosen={[]} open />
      )}
    </PageLayout>
  )
}
