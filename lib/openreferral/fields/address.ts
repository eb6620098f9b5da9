import { isFullPostcode, normalisePostcode } from '@/lib/content/formats'
import type { OrukAddress } from '../hsds'

// A hub's or venue's address as the profile's address, and back. The profile requires a city
// and a state or province: the city is the address's last line; the content has no county, so
// state_province is the council area (site.yaml city), which is what the address is in for this
// site's purposes. Reading, the lines are address_1, address_2, city, region and state_province,
// each split at commas, without a line that repeats the one before (the council area again).

export type AddressFields = Omit<OrukAddress, 'id' | 'location_id'>

export function addressOf(lines: readonly string[], postcode: string, councilArea: string): AddressFields {
  const city = lines.length > 1 ? lines[lines.length - 1] ?? councilArea : councilArea
  const street = lines.length > 1 ? lines.slice(0, -1) : lines
  return { address_1: street.join(', '), city, state_province: councilArea, postal_code: postcode, country: 'GB', address_type: 'physical' }
}

const UK = new Set(['gb', 'uk', 'united kingdom', 'gbr'])

export type ReadAddress = Partial<Pick<OrukAddress, 'address_1' | 'city' | 'state_province' | 'postal_code' | 'country' | 'address_type'>> & { address_2?: string; region?: string }

/** The address lines and postcode, or what is missing for this site to use it. */
export function readAddress(address: ReadAddress | undefined): { addressLines: string[]; postcode: string } | { missing: string[] } {
  const postcode = normalisePostcode(address?.postal_code ?? '')
  const missing = [
    !address?.address_1 && 'an address',
    address?.country && !UK.has(address.country.toLowerCase()) && 'an address in the UK',
    !(postcode && isFullPostcode(postcode)) && 'a full UK postcode',
  ].filter((item): item is string => typeof item === 'string')
  if (missing.length > 0 || !address || !postcode) return { missing }
  const lines = [address.address_1, address.address_2, address.city, address.region, address.state_province]
    .filter((line): line is string => Boolean(line))
    .flatMap((line) => line.replace(/\s+/g, ' ').trim().split(/,\s*/))
    .filter((line, at, all) => at === 0 || line.toLowerCase() !== all[at - 1]?.toLowerCase())
  return { addressLines: lines, postcode }
}
