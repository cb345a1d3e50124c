export const dynamic = "force-dynamic";

/**
 * Does nothing and reads nothing: the benchmarks' baseline for what a request costs the server by itself
 * (routing, the proxy, headers), beside the pages and actions they measure.
 */
export function GET() {
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
