import { getFinderVocabulary } from '@/lib/content'
import { BSL, EVENING_STARTS } from '@/lib/content/finder-facets'
import { getTranslator } from '@/lib/i18n/messages'
import { clockText } from '@/lib/opening-times'
import { languageAutonym, languageDirection, languageNameInEnglish } from '@/lib/content/languages'
import type { ChoiceField, ChoiceOption } from './service-finder-choices'

function languageOption(lang: string, code: string): ChoiceOption {
  if (code === BSL) return { value: BSL, label: getTranslator(lang).t('service.bsl') }
  const label = languageNameInEnglish(code)
  const own = languageAutonym(code)
  // Its own name only where it differs from the English one.
  return own.toLocaleLowerCase('en-GB') === label.toLocaleLowerCase('en-GB')
    ? { value: code, label }
    : { value: code, label, own: { text: own, lang: code, dir: languageDirection(code) } }
}

/** The finder's fieldsets, each only when some service can match one of its values. */
export function finderChoices(lang: string): ChoiceField[] {
  const { offers } = getFinderVocabulary()
  if (!offers) return []
  const { t, words } = getTranslator(lang)
  const evening = clockText(words, EVENING_STARTS)
  const choices: (ChoiceField | false)[] = [
    offers.free && { key: 'cost', legend: t('service.cost'), kind: 'checkbox', options: [{ value: 'free', label: t('finder.freeOnly') }] },
    offers.attending.length > 0 && {
      key: 'attending',
      legend: t('service.attending'),
      kind: 'radio',
      options: offers.attending.map((how) => ({ value: how, label: t(`attending.${how}`) })),
    },
    offers.languages.length > 0 && {
      key: 'language',
      legend: t('finder.language'),
      hint: t('finder.languageHint'),
      kind: 'radio',
      options: offers.languages.map((code) => languageOption(lang, code)),
    },
    offers.when.length > 0 && {
      key: 'when',
      legend: t('finder.when'),
      hint: t('finder.whenHint', { evening, time: EVENING_STARTS }),
      kind: 'radio',
      options: offers.when.map((when) => ({ value: when, label: when === 'weekends' ? t('finder.weekends') : t('finder.evenings', { evening }) })),
    },
  ]
  return choices.filter((choice): choice is ChoiceField => choice !== false)
}
