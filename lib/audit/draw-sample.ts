import { randomInt } from "node:crypto";

/**
 * A uniformly random sample of `size` items without repetition (a partial Fisher–Yates shuffle), drawn with a
 * cryptographic generator so no one can predict which events a loggkontroll will pick.
 */
export function drawSample<T>(
  items: readonly T[],
  size: number,
  random: (max: number) => number = randomInt,
): T[] {
  const pool = [...items];
  const count = Math.min(Math.max(0, size), pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + random(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
