/** A postcode split over two lines is easy to misread, so it always stays on one. */
export function Postcode({ postcode }: { postcode: string }) {
  return <span className="whitespace-nowrap">{postcode}</span>
}
