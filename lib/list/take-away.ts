// The list as plain text, for a text message (sms:) and an email (mailto:). Both are opened by
// the reader's own phone or mail program: nothing is sent from this site. In the page's language.
import type { Words } from '@/lib/i18n/words'

/** What the texts say about one item: its name, and the number and email to use. */
export type TextItem = { name: string; phone?: string; email?: string; address?: string }

/**
 * The longest text message body, in characters: three parts of a long text (153 GSM characters
 * each). Phones join the parts into one message, and three keep it cheap and readable. Item
 * lines that do not fit are left out and counted ("and 4 more"); the list's address is never cut,
 * since it holds the whole list. A list whose address alone is near the limit (about 15 items or
 * more, with long names) gives a longer text: its address and as many items as fit, or none.
 */
export const SMS_MAX_CHARACTERS = 459

/** Characters outside the GSM alphabet make a phone send a text in 70-character parts. */
function gsmFriendly(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
}

const itemLine = (words: Pick<Words, 't'>, item: TextItem) => (item.phone ? words.t('takeAway.itemPhone', { name: item.name, phone: item.phone }) : item.name)

/** The text message: a first line naming the site, one line per item (name and phone), the address. */
export function smsBody(words: Pick<Words, 't'>, siteName: string, items: readonly TextItem[], address: string): string {
  const head = words.t('takeAway.from', { site: siteName })
  const tail = words.t('takeAway.fullList', { address })
  const lines: string[] = []
  for (const [index, item] of items.entries()) {
    const remaining = items.length - index - 1
    const line = itemLine(words, item)
    // The "and N more" line this line would need if the ones after it do not fit.
    const moreAfter = remaining > 0 ? words.t('takeAway.more', { count: remaining }) : ''
    const candidate = [head, ...lines, line, ...(moreAfter ? [moreAfter] : []), tail].join('\n')
    if (gsmFriendly(candidate).length > SMS_MAX_CHARACTERS) {
      lines.push(words.t('takeAway.more', { count: items.length - index }))
      break
    }
    lines.push(line)
  }
  return gsmFriendly([head, ...lines, tail].join('\n'))
}

/** The email: the same list with each item's email and address too, and the list's address. */
export function emailBody(words: Pick<Words, 't'>, siteName: string, items: readonly TextItem[], address: string): string {
  const blocks = items.map((item) =>
    [
      item.name,
      item.phone ? words.t('takeAway.phone', { phone: item.phone }) : '',
      item.email ? words.t('takeAway.email', { email: item.email }) : '',
      item.address ? words.t('takeAway.address', { address: item.address }) : '',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  )
  return [words.t('takeAway.from', { site: siteName }), ...blocks, words.t('takeAway.emailEnd', { address })].join('\n\n')
}

export function emailSubject(words: Pick<Words, 't'>, siteName: string): string {
  return words.t('takeAway.subject', { site: siteName })
}

/** An sms: link with a body and no number: the phone asks who to send it to. */
export function smsHref(body: string): string {
  // "?&body=" rather than "?body=": older iPhones read only the first; Android reads both.
  return `sms:?&body=${encodeURIComponent(body)}`
}

/** A mailto: link with no address, a subject and a body (line breaks as CRLF, RFC 6068). */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`
}
