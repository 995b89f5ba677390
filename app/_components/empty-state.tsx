// Moved to the kit; re-exported for pages not yet moved to it.
export { EmptyState } from './ui/empty-state';
