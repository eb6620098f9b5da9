import { getTranslator } from '@/lib/i18n/messages'
import { PhoneLink } from './phone-link'
import type { Contact } from '@/lib/content'

/** The panel's heading's id, for contents lists that link to it. */
export const RISK_HEADING_ID = 'risk-heading'

/** The panel's heading in a language, for contents lists that link to it. */
export function riskHeading(lang: string): { id: string; text: string } {
  return { id: RISK_HEADING_ID, text: getTranslator(lang).t('risk.heading') }
}

type CallableContact = Contact & { phone: string }
type Props = { dutyAndAdvice: CallableContact; emergency: CallableContact; guidance: string; headingLevel?: 'h2' | 'h3'; lang: string }

/** "Worried a child is at risk?": shown on the home page and wherever people look for help. */
export function RiskPanel({ dutyAndAdvice, emergency, guidance, headingLevel = 'h2', lang }: Props) {
  const Heading = headingLevel
  const { t, rich } = getTranslator(lang)
  return (
    <section aria-labelledby={RISK_HEADING_ID} className="panel panel-warning my-6">
      <Heading id={RISK_HEADING_ID} className="text-2xl">
        {t('risk.heading')}
      </Heading>
      <p className="mt-2 font-bold">{rich('risk.danger', { phone: <PhoneLink phone={emergency.phone} /> })}</p>
      <p className="mt-2">{guidance}</p>
      <p className="mt-2">{rich('risk.harmed', { name: dutyAndAdvice.name, phone: <PhoneLink phone={dutyAndAdvice.phone} /> })}</p>
    </section>
  )
}
