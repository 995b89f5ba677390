// The portal's mark: a shield with a tick on the primary blue, the same drawing as public/icon.svg
// (favicon and app icons are rendered from that file by scripts/render-icons.mjs).
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" className={className} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#1d4a73" />
      <path d="M32 12l16 6.5v11c0 10-6.6 18.6-16 22.5-9.4-3.9-16-12.5-16-22.5v-11L32 12z" fill="#ffffff" />
      <path d="M24.5 32.5l5.5 5.5 10-11" fill="none" stroke="#1d4a73" strokeWidth="4.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
