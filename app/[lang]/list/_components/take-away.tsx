import { emailBody, emailSubject, mailtoHref, smsBody, smsHref, type TextItem } from '@/lib/list/take-away'
import { firstPhone, type ListEntry } from '@/lib/list/items'
import { getTranslator } from '@/lib/i18n/messages'
import { ListTools } from './list-tools'

type Props = { lang: string; siteName: string; entries: readonly ListEntry[]; address: string; qrSvg: string }

function textItem(entry: ListEntry): TextItem {
  const call = firstPhone(entry)
  const email = entry.contacts.find((contact) => contact.email !== undefined)?.email
  const address = entry.address ? `${entry.address.lines.join(', ')}, ${entry.address.postcode}` : entry.venues?.map((venue) => `${venue.name}, ${venue.address}`).join('; ') || undefined
  return { name: entry.name, phone: call?.phone, email, address }
}

/** Print, text, email, copy or scan: every way takes the list's address, and none sends it from here. */
export function TakeAway({ lang, siteName, entries, address, qrSvg }: Props) {
  const items = entries.map(textItem)
  const { t, words } = getTranslator(lang)
  return (
    <section aria-labelledby="take-away-heading" className="take-away mt-8">
      <h2 id="take-away-heading" className="text-2xl print:sr-only">
        {t('list.takeAway')}
      </h2>
      <div className="take-away-grid mt-3">
        <figure className="qr-code">
          {/* The qrcode library's own SVG: paths only, no script or style. */}
          <div className="qr-code-image" role="img" aria-label={t('list.qrLabel')} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption className="mt-1 text-base">{t('list.qrCaption')}</figcaption>
        </figure>
        <div>
          <ul className="take-away-actions print:hidden" role="list">
            <li>
              <a href={smsHref(smsBody(words, siteName, items, address))} className="button button-secondary">
                {t('list.sendText')}
              </a>
            </li>
            <li>
              <a href={mailtoHref(emailSubject(words, siteName), emailBody(words, siteName, items, address))} className="button button-secondary">
                {t('list.sendEmail')}
              </a>
            </li>
            <ListTools lang={lang} address={address} />
          </ul>
          <p className="mt-4 text-base print:hidden">{t('list.sentFromYours')}</p>
          <p className="mt-2 text-base print:hidden">
            <span className="font-bold">{t('list.address')}</span>
            <span className="list-address">{address}</span>
          </p>
        </div>
      </div>
    </section>
  )
}
