import { getTranslator } from '@/lib/i18n/messages'

export function LastReviewed({ date, reviewDue, lang }: { date: string; reviewDue?: string; lang: string }) {
  const { rich, longDate } = getTranslator(lang)
  // An overdue review is for editors (the content check warns them), not for the public page.
  const showDue = reviewDue !== undefined && reviewDue.slice(0, 10) >= new Date().toISOString().slice(0, 10)
  const last = <time dateTime={date.slice(0, 10)}>{longDate(date)}</time>
  return (
    <p className="mt-8 border-t border-border pt-4 text-base text-muted">
      {showDue ? rich('reviewed.lastAndDue', { date: last, due: <time dateTime={reviewDue.slice(0, 10)}>{longDate(reviewDue)}</time> }) : rich('reviewed.last', { date: last })}
    </p>
  )
}
