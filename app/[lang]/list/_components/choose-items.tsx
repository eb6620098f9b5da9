import { LIST_KEYS, MAX_LIST_ITEMS, type ListItemRef } from '@/lib/list/address'
import type { ChoiceSection } from '@/lib/list/items'
import { getTranslator } from '@/lib/i18n/messages'

type Props = { lang: string; sections: readonly ChoiceSection[]; chosen: readonly ListItemRef[]; open: boolean }

/**
 * A plain GET form of checkboxes: what is ticked is the list. Items already on it come ticked, so
 * sending the form gives the whole new list in the address, with or without JavaScript.
 */
export function ChooseItems({ lang, sections, chosen, open }: Props) {
  const { t } = getTranslator(lang)
  const isChosen = (item: ListItemRef) => chosen.some((other) => other.kind === item.kind && other.slug === item.slug)
  return (
    <details className="choose-items mt-8 print:hidden" open={open}>
      <summary className="text-xl font-bold">{chosen.length > 0 ? t('list.addMore') : t('list.chooseWhat')}</summary>
      {/* With JavaScript, it goes to the list's short address (lib/enhance/list.ts). */}
      <form id="choose-form" method="get" action="/list" className="mt-4" data-list-form="">
        <p className="field-hint">{t('list.tick', { show: t('list.show'), max: MAX_LIST_ITEMS })}</p>
        {sections.map((section) => (
          <fieldset key={section.kind} className="mt-6" aria-describedby={section.hint ? `choose-${section.kind}-hint` : undefined}>
            <legend className="text-xl font-bold">{section.legend}</legend>
            {section.hint ? (
              <p id={`choose-${section.kind}-hint`} className="field-hint">
                {section.hint}
              </p>
            ) : null}
            {section.groups.map((group) => (
              <div key={group.heading || section.kind} className="mt-3">
                {group.heading ? <p className="font-bold">{group.heading}</p> : null}
                <ul className="checkboxes" role="list">
                  {group.choices.map(({ item, label }) => {
                    const id = `choose-${item.kind}-${item.slug}`
                    return (
                      <li key={id} className="checkbox">
                        <input type="checkbox" id={id} name={LIST_KEYS[item.kind]} value={item.slug} defaultChecked={isChosen(item)} />
                        <label htmlFor={id}>{label}</label>
                      </li>
                    )
                  })}
                </ul>
              </div>
            ))}
          </fieldset>
        ))}
        <button type="submit" className="button mt-6">
          {t('list.show')}
        </button>
      </form>
    </details>
  )
}
