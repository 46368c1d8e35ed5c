/**
 * Zero as a heap number (a double), for the initial value of an object field that will hold
 * doubles: V8 gives a field the representation of its first value, and a field first set to the
 * literal 0 (a small integer) that later gets 0.5 changes the representation of its hidden class.
 * That deprecates the class: optimized code that met objects of it deoptimizes, and recompiles
 * (repeatedly, when several fields change one after another in a hot loop). Starting as a double,
 * the field keeps one representation. Its value is +0 like the literal; only its storage differs.
 */
export const DOUBLE_ZERO: number = new Float64Array(1)[0]!;
