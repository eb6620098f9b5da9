import { emailBody, emailSubject, mailtoHref, smsBody, smsHref, type TextItem } from '@/lib/list/take-away'
import { firstPhone, type ListEntry } from '@/lib/list/items'
import { ListTools } from './list-tools'

type Props = { siteName: string; entries: readonly ListEntry[]; address: string; qrSvg: string }

function textItem(entry: ListEntry): TextItem {
  const call = firstPhone(entry)
  const email = entry.contacts.find((contact) => contact.email !== undefined)?.email
  const address = entry.address ? `${entry.address.lines.join(', ')}, ${entry.address.postcode}` : entry.venues?.map((venue) => `${venue.name}, ${venue.address}`).join('; ') || undefined
  return { name: entry.name, phone: call?.phone, email, address }
}

/** Print, text, email, copy or scan: every way takes the list's address, and none sends it from here. */
export function TakeAway({ siteName, entries, address, qrSvg }: Props) {
  const items = entries.map(textItem)
  return (
    <section aria-labelledby="take-away-heading" className="take-away mt-8">
      <h2 id="take-away-heading" className="text-2xl print:sr-only">
        Take the list away
      </h2>
      <div className="take-away-grid mt-3">
        <figure className="qr-code">
          {/* The qrcode library's own SVG: paths only, no script or style. */}
          <div className="qr-code-image" role="img" aria-label="QR code of this list's address" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption className="mt-1 text-base">Scan with a phone camera to open this list.</figcaption>
        </figure>
        <div>
          <ul className="take-away-actions print:hidden" role="list">
            <li>
              <a href={smsHref(smsBody(siteName, items, address))} className="button button-secondary">
                Send by text message
              </a>
            </li>
            <li>
              <a href={mailtoHref(emailSubject(siteName), emailBody(siteName, items, address))} className="button button-secondary">
                Send by email
              </a>
            </li>
            <ListTools address={address} />
          </ul>
          <p className="mt-4 text-base print:hidden">Texts and emails are sent from your own phone or email, not from this website.</p>
          <p className="mt-2 text-base print:hidden">
            <span className="font-bold">This list’s address: </span>
            <span className="list-address">{address}</span>
          </p>
        </div>
      </div>
    </section>
  )
}
