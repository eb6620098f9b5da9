// "Use my location": the browser's position never leaves the browser. Distances are worked out
// there (lib/enhance/use-my-location.ts) from the hub positions already in the page (data-hub-*
// attributes on the hub cards). The control is hidden: without JavaScript, or in a browser that
// cannot locate, nothing of it shows.
export function UseMyLocation({ hubsWord }: { hubsWord: string }) {
  return (
    <div className="mt-4" hidden data-use-my-location="">
      <p className="field-label">Or use your location</p>
      <p className="field-hint">Your browser works out the distances. Your location is not sent to this site.</p>
      <button type="button" className="button button-secondary mt-1 bg-white" data-locate="">
        Use my location
      </button>
      <div aria-live="polite" className="mt-3" data-location-answer="">
        <p hidden data-location-finding="">
          Finding your location…
        </p>
        <p hidden className="field-error" data-location-error="" />
        <div hidden data-location-found="">
          <h3 className="text-xl">{hubsWord} nearest to you</h3>
          <ol className="mt-2 list-decimal space-y-2 ps-6" data-location-list="" />
        </div>
      </div>
    </div>
  )
}
