// Baseline 1 of the benchmark: a static page (prerendered at build time, served as a file). It is
// only built with content when BENCH_BASELINES=1 at `next build`; otherwise it prerenders as a 404.
import { requireBenchBaselines } from '../enabled';

export const dynamic = 'force-static';

export default function StaticBaselinePage() {
  requireBenchBaselines();
  return (
    <main>
      <h1>Static baseline</h1>
      <p>A prerendered page: what Next.js serves without rendering or a query.</p>
    </main>
  );
}
