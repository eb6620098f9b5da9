import { getFinderVocabulary } from '@/lib/content'
import { ATTENDING_LABELS } from '@/lib/content/enums'
import { BSL, EVENING_STARTS, EVENING_STARTS_IN_WORDS, TIME_FILTERS } from '@/lib/content/finder-facets'
import { languageAutonym, languageDirection, languageNameInEnglish } from '@/lib/content/languages'
import type { ChoiceField, ChoiceOption } from './service-finder-choices'

function languageOption(code: string): ChoiceOption {
  if (code === BSL) return { value: BSL, label: 'British Sign Language (BSL)' }
  const label = languageNameInEnglish(code)
  const own = languageAutonym(code)
  // Its own name only where it differs from the English one.
  return own.toLocaleLowerCase('en-GB') === label.toLocaleLowerCase('en-GB')
    ? { value: code, label }
    : { value: code, label, own: { text: own, lang: code, dir: languageDirection(code) } }
}

/** The finder's fieldsets, each only when some service can match one of its values. */
export function finderChoices(): ChoiceField[] {
  const { offers } = getFinderVocabulary()
  if (!offers) return []
  const choices: (ChoiceField | false)[] = [
    offers.free && { key: 'cost', legend: 'Cost', kind: 'checkbox', options: [{ value: 'free', label: 'Free only' }] },
    offers.attending.length > 0 && {
      key: 'attending',
      legend: 'How you take part',
      kind: 'radio',
      options: offers.attending.map((how) => ({ value: how, label: ATTENDING_LABELS[how] })),
    },
    offers.languages.length > 0 && {
      key: 'language',
      legend: 'A language staff speak',
      hint: 'Besides English.',
      kind: 'radio',
      options: offers.languages.map(languageOption),
    },
    offers.when.length > 0 && {
      key: 'when',
      legend: 'When it runs',
      hint: `Evening means it runs after ${EVENING_STARTS_IN_WORDS} (${EVENING_STARTS}) on at least one day.`,
      kind: 'radio',
      options: offers.when.map((when) => ({ value: when, label: TIME_FILTERS[when] })),
    },
  ]
  return choices.filter((choice): choice is ChoiceField => choice !== false)
}
