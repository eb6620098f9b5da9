import { PostcodeForm } from '@/components/places/postcode-form'

/** Home page: one step from a postcode to the nearest hubs (/family-hubs?postcode=). */
export function NearestHubSearch({ label, lang }: { label: string; lang: string }) {
  return (
    <div className="panel mt-4">
      <PostcodeForm label={label} lang={lang} />
    </div>
  )
}
