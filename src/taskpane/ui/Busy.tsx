/** A spinner with what is happening, announced politely to screen readers. */
export function Busy({ label }: { label: string | null }) {
  if (!label) return null;
  return (
    <p class="busy" role="status">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
