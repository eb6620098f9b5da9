import { getTranslator } from '@/lib/i18n/messages'
import { wordsForPage } from '@/lib/i18n/words'
import { LOCATION_KEYS } from '@/lib/enhance/use-my-location'

// "Use my location": the browser's position never leaves the browser. Distances are worked out
// there (lib/enhance/use-my-location.ts) from the hub positions already in the page (data-hub-*
// attributes on the hub cards), in the words written here in the page's language. The control is
// hidden: without JavaScript, or in a browser that cannot locate, nothing of it shows.
export function UseMyLocation({ lang, hubsWord }: { lang: string; hubsWord: string }) {
  const { t, words } = getTranslator(lang)
  return (
    <div className="mt-4" hidden data-use-my-location="" data-location-words={wordsForPage(words, LOCATION_KEYS)}>
      <p className="field-label">{t('location.or')}</p>
      <p className="field-hint">{t('location.hint')}</p>
      <button type="button" className="button button-secondary mt-1 bg-white" data-locate="">
        {t('location.button')}
      </button>
      <div aria-live="polite" className="mt-3" data-location-answer="">
        <p hidden data-location-finding="">
          {t('location.finding')}
        </p>
        <p hidden className="field-error" data-location-error="" />
        <div hidden data-location-found="">
          <h3 className="text-xl">{t('location.nearest', { hubs: hubsWord })}</h3>
          <ol className="mt-2 list-decimal space-y-2 ps-6" data-location-list="" />
        </div>
      </div>
    </div>
  )
}
