import { getTranslator } from '@/lib/i18n/messages'

// Print and copy need JavaScript, so they appear only once it runs (lib/enhance/list.ts shows them
// in place of the first line); without it the page says how to print, and the address
// is on the page to copy. The confirmation is in a live region, so a screen reader hears it as
// well as it being seen; its words are in the button's data- attributes, in the page's language.

export function ListTools({ address, lang }: { address: string; lang: string }) {
  const { t } = getTranslator(lang)
  return (
    <>
      <li className="text-base" data-list-tools-fallback="">
        {t('list.printFallback')}
      </li>
      <li hidden data-list-tool="">
        <button type="button" className="button button-secondary" data-list-print="">
          {t('list.print')}
        </button>
      </li>
      <li hidden data-list-tool="">
        <button type="button" className="button button-secondary" data-list-copy="" data-address={address} data-copied={t('list.copied')} data-not-copied={t('list.notCopied')}>
          {t('list.copy')}
        </button>
        <p role="status" className="mt-1 text-base font-bold" data-list-copied="" />
      </li>
    </>
  )
}
