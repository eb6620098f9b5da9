import { formatDate } from '@/lib/format'

export function LastReviewed({ date, reviewDue }: { date: string; reviewDue?: string }) {
  return (
    <p className="mt-8 border-t border-border pt-4 text-base text-muted">
      Last reviewed: <time dateTime={date.slice(0, 10)}>{formatDate(date)}</time>
      {reviewDue ? (
        <>
          . Next review due: <time dateTime={reviewDue.slice(0, 10)}>{formatDate(reviewDue)}</time>
        </>
      ) : null}
      .
    </p>
  )
}
