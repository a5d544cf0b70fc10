// The optimal solver's core as WebAssembly bytes. flow-core-wasm.js is generated (and git-ignored) by
// `npm run build:server` from ./wasm/ (scripts/matching/build-flow-core.ts, decision 094).
export declare const flowCoreWasm: Uint8Array<ArrayBuffer>;
