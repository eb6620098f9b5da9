import type { ServiceFrontmatter } from '@/lib/content/schema'
import type { OrukCostOption } from '../hsds'

// What a service costs, as the profile's cost_options and its free text, and back.
// - free: one option of amount 0 ("Free");
// - each price: amount (pounds, currency GBP) and amount_description (what it is for: "a session");
// - concessions: an option with its conditions (option) and no amount;
// - fees_description (and the profile's older `fees`): all of it in words, the note last, so
//   the note is what follows the words the other fields make.

export type Cost = NonNullable<ServiceFrontmatter['cost']>
export type CostOptionFields = Omit<OrukCostOption, 'id' | 'service_id'>

const FREE = 'Free'
const CURRENCY = 'GBP'

const pounds = (amount: number) => `£${Number.isInteger(amount) ? amount : amount.toFixed(2)}`

export function costOptions(cost: Cost): CostOptionFields[] {
  return [
    ...(cost.free ? [{ amount: 0, currency: CURRENCY, amount_description: FREE }] : []),
    ...(cost.options ?? []).map((option) => ({ amount: option.amount, currency: CURRENCY, amount_description: option.per })),
    ...(cost.concessions ? [{ option: cost.concessions }] : []),
  ]
}

/** The words the structured fields make, without the note. */
function structuredWords(cost: Omit<Cost, 'note'>): string {
  const prices = (cost.options ?? []).map((option) => `${pounds(option.amount)} ${option.per}.`)
  return [...(cost.free ? [`${FREE}.`] : []), ...prices, ...(cost.concessions ? [cost.concessions] : [])].join(' ')
}

export function feesDescription(cost: Cost): string {
  return [structuredWords(cost), cost.note ?? ''].filter(Boolean).join(' ')
}

export type CostReading = { cost?: Cost; notes: string[] }

const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim()

export function readCost(options: readonly CostOptionFields[], fees: string | undefined): CostReading {
  const notes: string[] = []
  let free = false
  const prices: { amount: number; per: string }[] = []
  const concessions: string[] = []
  options.forEach((option, index) => {
    const what = `cost_options[${index}]`
    if (option.currency !== undefined && option.currency.toUpperCase() !== CURRENCY) {
      notes.push(`${what}: in ${option.currency}, not pounds: left out`)
      return
    }
    if (option.amount === undefined) {
      const text = option.option ?? option.amount_description
      if (text) concessions.push(oneLine(text))
      return
    }
    if (option.amount === 0) {
      free = true
      if (option.option) concessions.push(oneLine(option.option))
      return
    }
    if (option.amount < 0 || option.amount > 10000 || Math.round(option.amount * 100) !== option.amount * 100) {
      notes.push(`${what}: amount ${option.amount} is not a price in pounds and pence up to £10,000: left out`)
      return
    }
    const per = [option.amount_description, option.option ? `(${option.option})` : undefined].filter(Boolean).join(' ')
    prices.push({ amount: option.amount, per: oneLine(per || 'each time') })
  })
  if (free && prices.length > 0) {
    notes.push('cost_options: free and priced both: kept the prices (say who gets it free under concessions)')
    free = false
  }
  const structured = { ...(free ? { free: true } : {}), ...(prices.length > 0 ? { options: prices } : {}), ...(concessions.length > 0 ? { concessions: concessions.join(' ') } : {}) }
  const words = fees ? oneLine(fees) : ''
  const made = structuredWords(structured)
  const note = words === made ? '' : words.startsWith(`${made} `) && made ? words.slice(made.length + 1) : words
  const cost: Cost = { ...structured, ...(note ? { note } : {}) }
  if (!cost.free && !cost.options && !cost.note) {
    // Only conditions, no price: the content needs a price, "free" or a sentence.
    if (cost.concessions) return { cost: { note: cost.concessions }, notes }
    return { notes }
  }
  return { cost, notes }
}
