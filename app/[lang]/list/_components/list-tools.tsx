// Print and copy need JavaScript, so they appear only once it runs (lib/enhance/list.ts shows them
// in place of the first line); without it the page says how to print, and the address
// is on the page to copy. The confirmation is in a live region, so a screen reader hears it as
// well as it being seen.

export function ListTools({ address }: { address: string }) {
  return (
    <>
      <li className="text-base" data-list-tools-fallback="">
        To print the list, use your browser’s Print.
      </li>
      <li hidden data-list-tool="">
        <button type="button" className="button button-secondary" data-list-print="">
          Print the list
        </button>
      </li>
      <li hidden data-list-tool="">
        <button type="button" className="button button-secondary" data-list-copy="" data-address={address}>
          Copy link
        </button>
        <p role="status" className="mt-1 text-base font-bold" data-list-copied="" />
      </li>
    </>
  )
}
