import { PostcodeForm } from '@/components/places/postcode-form'

/** Home page: one step from a postcode to the nearest Family Hubs (/family-hubs?postcode=). */
export function NearestHubSearch() {
  return (
    <div className="panel mt-4">
      <PostcodeForm label="Find the Family Hubs nearest to your postcode" />
    </div>
  )
}
