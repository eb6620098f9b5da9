import { getTranslator } from '@/lib/i18n/messages'
import { addToListPath, type ListItemRef } from '@/lib/list/address'

/**
 * "Add to a list" on a hub, service, need or guide page: a plain link that opens a list holding
 * this item, where more can be added. Pages stay the same for everyone (and cached), because the
 * link knows nothing about any list already made. Not printed.
 */
export function AddToList({ item, lang }: { item: ListItemRef; lang: string }) {
  const { t } = getTranslator(lang)
  return (
    <p className="mt-6 print:hidden">
      <a href={addToListPath(item)} className="font-bold">
        {t('addToList.link')}
      </a>{' '}
      {t('addToList.hint')}
    </p>
  )
}
