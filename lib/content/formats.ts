// Formats shared by the content rules and the feedback masking: one definition of what a
// UK phone number, postcode or email looks like.

/** Short numbers that are real UK phone numbers despite not being 10-11 digits. */
const SHORT_NUMBERS = new Set(['999', '112', '111', '101', '08001111'])

export function isUkPhone(value: string): boolean {
  if (!/^[0-9 ]+$/.test(value)) return false
  const digits = value.replace(/ /g, '')
  if (SHORT_NUMBERS.has(digits)) return true
  // Big-city codes (0113, 0121 ...), 02, 03, 05, 07 and 09 numbers are always 11 digits;
  // a few rural 01 codes and some 0800 numbers have 10.
  if (/^0(11\d|1\d1|[23579])/.test(digits)) return /^\d{11}$/.test(digits)
  return /^0[1-9]\d{8,9}$/.test(digits)
}

/** The number to put in a tel: link. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/ /g, '')}`
}

export const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/

export const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}$/

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/
