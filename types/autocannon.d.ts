// The part of autocannon's API the benchmarks use (it ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number }
  type Histogram = { average: number; p50: number; p99: number }
  type Result = { requests: Histogram; latency: Histogram; errors: number; non2xx: number }
  export default function autocannon(options: Options): Promise<Result>
}
