import { formatDate } from '@/lib/format'

export function LastReviewed({ date, reviewDue }: { date: string; reviewDue?: string }) {
  // An overdue review is for editors (the content check warns them), not for the public page.
  const showDue = reviewDue !== undefined && reviewDue.slice(0, 10) >= new Date().toISOString().slice(0, 10)
  return (
    <p className="mt-8 border-t border-border pt-4 text-base text-muted">
      Last reviewed: <time dateTime={date.slice(0, 10)}>{formatDate(date)}</time>
      {showDue ? (
        <>
          . Next review due: <time dateTime={reviewDue.slice(0, 10)}>{formatDate(reviewDue)}</time>
        </>
      ) : null}
      .
    </p>
  )
}
