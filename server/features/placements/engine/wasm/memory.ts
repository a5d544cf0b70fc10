// Typed-array access in linear memory. The solver's arrays are plain i32 (or u8) runs the JS side
// copies in (flow-core.ts); these helpers index them like the Int32Arrays of the JS code. Small enough
// that Binaryen inlines them at -O3.

export function get(p: usize, i: i32): i32 {
  return load<i32>(p + ((<usize>i) << 2));
}

export function set(p: usize, i: i32, v: i32): void {
  store<i32>(p + ((<usize>i) << 2), v);
}

export function getU8(p: usize, i: i32): i32 {
  return <i32>load<u8>(p + <usize>i);
}

export function setU8(p: usize, i: i32, v: i32): void {
  store<u8>(p + <usize>i, <u8>v);
}

/** A fresh i32 array of `count` elements, every byte set to `byte` (0, or 0xff for -1). */
export function newArray(count: i32, byte: u8): usize {
  const bytes = (<usize>count) << 2;
  const p = heap.alloc(bytes);
  memory.fill(p, byte, bytes);
  return p;
}

/** A copy of `count` elements of p in a new array of `capacity` elements (for arrays that grow). */
export function grown(p: usize, count: i32, capacity: i32): usize {
  const q = heap.alloc((<usize>capacity) << 2);
  memory.copy(q, p, (<usize>count) << 2);
  return q;
}

export function getF64(p: usize, i: i32): f64 {
  return load<f64>(p + ((<usize>i) << 3));
}

export function setF64(p: usize, i: i32, v: f64): void {
  store<f64>(p + ((<usize>i) << 3), v);
}

/** A fresh f64 array of `count` zeros. */
export function newF64Array(count: i32): usize {
  const bytes = (<usize>count) << 3;
  const p = heap.alloc(bytes);
  memory.fill(p, 0, bytes);
  return p;
}
