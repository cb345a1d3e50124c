/**
 * A read kept for `ttlMs` per database client, for settings that every public page shows. Another instance of the
 * app sees an administrator's change within that time; the instance that saved it sees it at once, as the save
 * calls `forget` on the client it wrote through.
 */
export function cachedRead<Db extends object, T>(read: (db: Db) => Promise<T>, ttlMs: number) {
  const cached = new WeakMap<object, { value: Promise<T>; expiresAt: number }>();
  return {
    get(db: Db, now = Date.now()): Promise<T> {
      const hit = cached.get(db);
      if (hit && hit.expiresAt > now) return hit.value;
      const value = read(db);
      cached.set(db, { value, expiresAt: now + ttlMs });
      // A failed read is not kept: the next page tries again.
      value.catch(() => cached.delete(db));
      return value;
    },
    forget(db: object): void {
      cached.delete(db);
    },
  };
}
