import { PhoneLink } from './phone-link'
import type { Contact } from '@/lib/content'

/** The panel's heading, for contents lists that link to it. */
export const RISK_HEADING = { id: 'risk-heading', text: 'Worried that a child is at risk?' }

type CallableContact = Contact & { phone: string }
type Props = { dutyAndAdvice: CallableContact; emergency: CallableContact; guidance: string; headingLevel?: 'h2' | 'h3' }

/** "Worried a child is at risk?": shown on the home page and wherever people look for help. */
export function RiskPanel({ dutyAndAdvice, emergency, guidance, headingLevel = 'h2' }: Props) {
  const Heading = headingLevel
  return (
    <section aria-labelledby="risk-heading" className="panel panel-warning my-6">
      <Heading id={RISK_HEADING.id} className="text-2xl">
        {RISK_HEADING.text}
      </Heading>
      <p className="mt-2 font-bold">
        If a child is in danger right now, call <PhoneLink phone={emergency.phone} />.
      </p>
      <p className="mt-2">{guidance}</p>
      <p className="mt-2">
        If you work with children and think a child is being harmed, call {dutyAndAdvice.name} on{' '}
        <PhoneLink phone={dutyAndAdvice.phone} />.
      </p>
    </section>
  )
}
