// The tests' static server for dist/ is the one the benchmarks use (src/bench/serve-fs.ts).
export { serve, type Served } from '../../src/bench/serve-fs.ts';
