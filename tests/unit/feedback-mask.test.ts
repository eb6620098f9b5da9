import { describe, expect, it } from 'vitest'
import { maskPersonalData } from '@/lib/feedback/mask'

// Real-looking inputs, as people type them into a feedback box.
const CASES: [string, string][] = [
  // Email addresses
  ['email me at jane.doe@example.co.uk please', 'email me at [email] please'],
  ['My email is J.Smith+leeds@gmail.com.', 'My email is [email].'],
  ['contact: a_b@sub.domain.org, thanks', 'contact: [email], thanks'],
  // Phone numbers: landlines, mobiles, +44, brackets, dashes, no spaces
  ['call me on 0113 535 0185', 'call me on [phone]'],
  ['my mobile is 07700 900123.', 'my mobile is [phone].'],
  ['07700900123', '[phone]'],
  ['ring +44 7700 900123 after 5', 'ring [phone] after 5'],
  ['+44 (0)113 496 0000 is the number', '[phone] is the number'],
  ['(0113) 496 0000', '[phone]'],
  ['0113-496-0000', '[phone]'],
  ['0044 113 496 0000', '[phone]'],
  ['called 0113 535 0185 2 times', 'called [phone] 2 times'],
  ['0113 535 0185.\n07700900123', '[phone].\n[phone]'],
  ['ages 0 19 then 01135350185', 'ages 0 19 then [phone]'],
  // Postcodes in any case and spacing
  ['I live at LS1 4AP', 'I live at [postcode]'],
  ['ls6 1aa near the park', '[postcode] near the park'],
  ['postcode LS14AP', 'postcode [postcode]'],
  ['from SW1A 1AA today', 'from [postcode] today'],
  ['M1 1AE, Manchester', '[postcode], Manchester'],
  // National Insurance numbers
  ['my NI number is AB123456C', 'my NI number is [ni-number]'],
  ['NI: QQ 12 34 56 C', 'NI: [ni-number]'],
  ['ni no. jz-12-34-56-a', 'ni no. [ni-number]'],
  ['example number GB123456A', 'example number [ni-number]'],
  // Several at once
  [
    'Jane, 07700 900123, jane@example.com, LS9 8AB, NI AB123456D',
    'Jane, [phone], [email], [postcode], NI [ni-number]',
  ],
]

// Things that look a little like personal data but are not, and must survive.
const KEEP = [
  'I called 999 and 111 then 101',
  'The page says open 9am to 5pm, Monday to Friday',
  'Children aged 0 to 19 (25 with SEND)',
  'Ages 11-16, 2 sessions a week',
  'Year 2024 and 2025 dates are wrong',
  'Reference AB12 is fine',
  'The link to the 0-19 service is broken',
  'version 1.2.3 of the leaflet',
]

describe('maskPersonalData', () => {
  it.each(CASES)('masks %j', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected)
  })

  it.each(KEEP)('keeps %j', (input) => {
    expect(maskPersonalData(input)).toBe(input)
  })

  it('keeps line breaks and the rest of the text', () => {
    expect(maskPersonalData('line one\nemail a@b.com\nline three')).toBe('line one\nemail [email]\nline three')
  })

  it('is idempotent', () => {
    const once = maskPersonalData(CASES.map(([input]) => input).join('\n'))
    expect(maskPersonalData(once)).toBe(once)
  })
})
