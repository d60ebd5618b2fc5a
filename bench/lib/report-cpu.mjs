// Preloaded into a benchmarked process (node --import): at exit, writes the CPU time the whole
// process used (every thread: workers, V8's compiler and GC helpers) to the file named by
// BENCH_CPU_FILE, so the harness can tell its own CPU from what other processes took.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_CPU_FILE;
// Worker threads inherit the preload; only the main thread's exit ends the process.
if (file && isMainThread) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (user + system) / 1000 }));
  });
}
