// Placeholder until the feedback widget lands (issue 4): keeps the layout's slot in place.
export function Feedback({ path }: { path: string }) {
  return <div data-feedback-path={path} hidden />
}
