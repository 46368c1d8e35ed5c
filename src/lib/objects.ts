/**
 * Objects keyed by names that come from data (column names): any string must work, including
 * `__proto__`, `constructor` and `toString`. A plain `{}` would set its prototype on `__proto__`
 * and find `Object.prototype`'s members under the others.
 */

/** An empty object with no prototype: every key, `__proto__` included, is an own property. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `obj[key]` when it is the object's own property, else undefined (never an inherited member). */
export function own<T>(obj: Record<string, T> | undefined | null, key: string): T | undefined {
  return obj != null && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
