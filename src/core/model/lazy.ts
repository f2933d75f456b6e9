/**
 * Makes `key` of `target` computed on first read and then kept: still an own enumerable property, so
 * JSON, spreads and `util.inspect` (through a custom inspector that shows the object with its values)
 * see plain data. Used for the parts of large results nobody may read (a million plan lines, the object
 * view of a loaded model). Call before freezing `target`.
 *
 * @example
 * const plan = { total: 3, lines: [] as number[] };
 * lazyProperty(plan, "lines", () => [1, 2]);
 * JSON.stringify(plan); // '{"total":3,"lines":[1,2]}'
 */
export function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  let value: T[K] | undefined;
  let done = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: false,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
  if (!Object.prototype.hasOwnProperty.call(target, INSPECT))
    Object.defineProperty(target, INSPECT, { enumerable: false, value: () => ({ ...target }) });
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");
