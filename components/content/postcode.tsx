/** A postcode split over two lines is easy to misread, so it always stays on one, and reads left to right in any page. */
export function Postcode({ postcode }: { postcode: string }) {
  return (
    <span dir="ltr" className="whitespace-nowrap">
      {postcode}
    </span>
  )
}
