import { EXIT_SCRIPT, PRESSES_TO_EXIT } from '@/lib/exit-this-page/exit-script'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

// Follows GOV.UK's "Exit this page" component and "Exit a page quickly" pattern. Both links
// are plain links first: they work without JavaScript. ExitThisPageScript, in <head>, adds the
// instant hide, the history replacement, the Shift x3 shortcut, the lights and the live region,
// without waiting for React. React never changes this markup after the server renders it;
// suppressHydrationWarning covers what the script changed.
export function ExitThisPage({ href, lang }: { href: string; lang: string }) {
  const { t, plural } = getTranslator(lang)
  // What the script says as it counts and leaves, in the page's language (lib/exit-this-page/exit-script.ts).
  const said = {
    'data-exit-messages': '',
    'data-loading': t('exit.loading'),
    'data-expired': t('exit.expired'),
    ...Object.fromEntries(Array.from({ length: PRESSES_TO_EXIT - 1 }, (_, index) => [`data-press-${index + 1}`, plural('exit.pressMore', index + 1)])),
  }
  return (
    <>
      <a href={href} rel="nofollow noreferrer" className="skip-link print:hidden" data-exit-this-page="">
        {t('exit.link')}
      </a>
      <div className="exit-this-page print:hidden" {...said}>
        <div className="exit-this-page-inner">
          <div className="exit-this-page-control">
            <a href={href} rel="nofollow noreferrer" className="exit-this-page-button" data-exit-this-page="" draggable={false}>
              <span className="sr-only">{t('exit.emergency')}</span> {t('exit.link')}
            </a>
            <span className="exit-this-page-indicator" aria-hidden="true" data-count="0" suppressHydrationWarning>
              {Array.from({ length: PRESSES_TO_EXIT }, (_, index) => (
                <span key={index} className="exit-this-page-indicator-light" suppressHydrationWarning />
              ))}
            </span>
            <p role="status" className="sr-only" suppressHydrationWarning>
              {''}
            </p>
          </div>
        </div>
      </div>
      <div className="exit-this-page-help print:hidden">
        <div className="exit-this-page-help-inner">
          <p>
            <a href={localPath(lang, '/staying-safe-online')} className="exit-this-page-help-link">
              {t('exit.helpLink')}
            </a>
            <span className="exit-this-page-help-hint"> {t('exit.helpHint')}</span>
          </p>
        </div>
      </div>
    </>
  )
}

/** Goes in the root layout's <head>: the exit behaviour, in force before the first paint. */
export function ExitThisPageScript() {
  return <script dangerouslySetInnerHTML={{ __html: EXIT_SCRIPT }} />
}
