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

// The end of everything handed out since this instance started. Beyond it the memory still holds the
// zeros WebAssembly gives new memory, so a zeroed array there needs no fill, and its pages are touched
// only when used (a first touch of a page costs ~10 µs on our machines: decision 094's third addendum).
let handedOutEnd: usize = 0;

/** `bytes` bytes from the heap (the previous solve's memory is reused after heap.reset()). */
export function alloc(bytes: usize): usize {
  const p = heap.alloc(bytes);
  if (p + bytes > handedOutEnd) handedOutEnd = p + bytes;
  return p;
}

/** A fresh i32 array of `count` elements, every byte set to `byte` (0, or 0xff for -1). */
export function newArray(count: i32, byte: u8): usize {
  const bytes = (<usize>count) << 2;
  return filled(bytes, byte);
}

function filled(bytes: usize, byte: u8): usize {
  const before = handedOutEnd;
  const p = alloc(bytes);
  if (byte != 0) memory.fill(p, byte, bytes);
  else if (p < before) memory.fill(p, 0, min(bytes, before - p));
  return p;
}

/** A copy of `count` elements of p in a new array of `capacity` elements (for arrays that grow). */
export function grown(p: usize, count: i32, capacity: i32): usize {
  const q = alloc((<usize>capacity) << 2);
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
  return filled((<usize>count) << 3, 0);
}
