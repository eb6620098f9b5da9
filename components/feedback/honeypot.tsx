import { HONEYPOT_FIELD } from '@/lib/feedback/limits'
import { getTranslator } from '@/lib/i18n/messages'

/** Hidden from people and assistive technology alike (display: none); bots that fill every field fill this. */
export function Honeypot({ id, lang }: { id: string; lang: string }) {
  return (
    <div hidden>
      <label htmlFor={id}>{getTranslator(lang).t('feedback.honeypot')}</label>
      <input type="text" id={id} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
