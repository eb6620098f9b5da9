import { FeedbackWidget } from './feedback-widget'

/** "Is this page useful?" at the end of every page; not printed. */
export function Feedback({ path, returnTo }: { path: string; returnTo?: string }) {
  return (
    <section aria-label="Feedback about this page" className="feedback mb-10 mt-8 print:hidden">
      <FeedbackWidget path={path} returnTo={returnTo} />
    </section>
  )
}
