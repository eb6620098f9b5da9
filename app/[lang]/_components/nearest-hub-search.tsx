import { PostcodeForm } from '@/components/places/postcode-form'
import { getTerms } from '@/lib/content'

/** Home page: one step from a postcode to the nearest hubs (/family-hubs?postcode=). */
export function NearestHubSearch() {
  return (
    <div className="panel mt-4">
      <PostcodeForm label={`Find the ${getTerms().hubs} nearest to your postcode`} />
    </div>
  )
}
