import 'server-only'
import { readDevProblems } from '@/lib/content/checks/dev-problems'

/**
 * In development, while the content check finds errors, show them instead of the page (which
 * would be built from the last good content). In production this is only its children: the build
 * stops on any content error.
 */
export function ContentProblemsGate({ children }: { children: React.ReactNode }) {
  if (process.env.NODE_ENV !== 'development') return children
  const errors = readDevProblems()
  if (errors.length === 0) return children
  return (
    <main id="main-content" tabIndex={-1} className="container-page py-8">
      {/* Looks again every 2 seconds, so the page comes back by itself once the file is fixed. */}
      <meta httpEquiv="refresh" content="2" />
      <div className="panel panel-warning" role="alert">
        <h1 className="text-3xl">
          The content has {errors.length} problem{errors.length === 1 ? '' : 's'} to fix
        </h1>
        <p className="mt-2">
          Only editors see this, while <code>npm run dev</code> runs. Fix each line, save, and this page reloads by itself.
        </p>
        <ol className="mt-4 list-decimal space-y-2 ps-6">
          {errors.map((error) => (
            <li key={error}>
              <code className="break-words">{error}</code>
            </li>
          ))}
        </ol>
      </div>
    </main>
  )
}
