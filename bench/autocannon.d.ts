// The part of autocannon's API that bench/run.ts uses (the package ships no types, and
// @types/autocannon is not a dependency).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number };
  export type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    body?: string | Buffer;
    /** Per-request hooks; setupRequest may return a changed request (new headers, say). */
    requests?: { setupRequest?: (request: Record<string, unknown>) => Record<string, unknown> }[];
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
