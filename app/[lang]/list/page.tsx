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
import { getTranslator } from '@/lib/i18n/messages'

// A list of hubs, services, needs and guides to take away, held only in its own address
// (lib/list/address.ts). Rendered per request from today's content and never kept: Next marks a
// page that reads its query private and no-store, and the server's page cache does not key it
// (lib/places/rewrite-target.ts). The server logs no request addresses, feedback stores only the
// bare path (its no-JavaScript answer comes back to the list's address, which is not stored), and
// the page is kept out of search engines and the sitemap.

type Props = LanguageParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function readList(searchParams: Props['searchParams'], lang: string) {
  return parseList(await searchParams, itemExists, { words: getTranslator(lang).words, aHub: getTerms().aHub })
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = await pageLanguage(params)
  const list = await readList(searchParams, lang)
  const { t } = getTranslator(lang)
  return {
    title: list.tooMany ? `${t('feedback.errorPrefix')}${t('list.title')}` : t('list.title'),
    description: hasHubs() ? t('list.descriptionWithHubs', { hubs: getTerms().hubs }) : t('list.description'),
    robots: { index: false, follow: false },
  }
}

export default async function ListPage({ params: route, searchParams }: Props) {
  const lang = await pageLanguage(route)
  const list = await readList(searchParams, lang)
  const { t, plural, rich, words } = getTranslator(lang)
  const TITLE = t('list.title')
  const site = getSite()
  const entries = listEntries(words, list.items)
  const path = listPath(list.items)
  const address = `${getSiteUrl()}${path}`
  const errors = list.tooMany
    ? [
        {
          href: '#list-heading',
          message: t('list.tooMany', { named: list.tooMany.named, max: MAX_LIST_ITEMS, leftOff: list.tooMany.leftOff.map((item) => listEntry(words, item)?.name ?? item.slug).join(t('list.separator')) }),
        },
      ]
    : []
  const printedOn = dateText(words, londonClock(new Date()).date)

  return (
    <PageLayout lang={lang} path="/list" breadcrumbs={{ trail: [], current: TITLE }} printAddress={entries.length > 0 ? address : undefined} returnTo={list.items.length > 0 ? path : undefined}>
      <h1 className="text-4xl print:hidden">{TITLE}</h1>
      <ErrorSummary lang={lang} errors={errors} />
      {list.notes.length > 0 ? (
        <section aria-labelledby="notes-heading" className="panel mt-6 print:hidden">
          <h2 id="notes-heading" className="text-xl">
            {t('list.notesHeading')}
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
            {rich('list.toKeep', { things: entries.length === 1 ? t('list.oneThing') : plural('list.things', entries.length), takeAway: <a href="#take-away-heading">{t('list.takeAwayLink')}</a> })}
          </p>
          {/* On paper the header gives the site's name and the line above this the list's address. */}
          <p className="hidden text-xl font-bold print:block">
            {t('list.printedOn', { title: TITLE, date: printedOn })}
          </p>
        </>
      ) : (
        <p className="lede mt-4 max-w-3xl">
          {hasHubs() ? t('list.chooseWithHubs', { hubs: getTerms().hubs, max: MAX_LIST_ITEMS }) : t('list.choose', { max: MAX_LIST_ITEMS })}
        </p>
      )}
      <p className="mt-2 max-w-3xl text-base print:hidden">
        {t('list.addressShows')}{' '}
        <Link prefetch={false} href="/staying-safe-online">
          {t('footer.stayingSafe')}
        </Link>
      </p>

      {entries.length > 0 ? (
        <>
          <ListItems lang={lang} entries={entries} items={list.items} />
          <ChooseItems lang={lang} sections={listChoices(words)} chosen={list.items} open={false} />
          <TakeAway lang={lang} siteName={site.siteName} entries={entries} address={address} qrSvg={await qrCodeSvg(address)} />
        </>
      ) : (
        <ChooseItems lang={lang} sections={listChoices(words)} chosen={[]} open />
      )}
    </PageLayout>
  )
}
