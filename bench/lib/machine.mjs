// What the machine was doing around a measurement: CPU time all processes used (from
// /proc/stat, Linux only), so a benchmark can say how much of the machine was someone else's.
import { readFileSync } from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100;

/**
 * Busy and stolen CPU seconds of the whole machine so far (all cores), or undefined off Linux.
 * Busy is user, nice, system, irq and softirq; steal is time the hypervisor gave elsewhere.
 */
export function machineCpu() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return { busy: (user + nice + system + irq + softirq) / TICKS_PER_SECOND, steal: (steal ?? 0) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

/**
 * Cores' worth of CPU others used between two `machineCpu()` readings over `wallMs`, given the
 * CPU seconds our own processes used meanwhile; and the hypervisor's steal, in cores.
 */
export function othersLoad(before, after, ownCpuSeconds, wallMs) {
  if (!before || !after) return undefined;
  const seconds = wallMs / 1000;
  return {
    others: Math.max(0, (after.busy - before.busy - ownCpuSeconds) / seconds),
    steal: (after.steal - before.steal) / seconds,
  };
}

/** How the kernel describes the cores: count, model, and which logical CPUs share a core. */
export function cpuTopology() {
  const cpus = os.cpus();
  const siblings = cpus.map((_, i) => {
    try {
      return readFileSync(`/sys/devices/system/cpu/cpu${i}/topology/thread_siblings_list`, 'utf8').trim();
    } catch {
      return '?';
    }
  });
  return { cores: os.availableParallelism(), model: cpus[0]?.model ?? 'unknown', threadSiblings: siblings };
}

/** Cores' worth of other processes' CPU above which a measurement is taken again. */
export const QUIET_CORES = 0.15;

/**
 * Wait (up to `maxWaitMs`) for a `windowMs` window in which the whole machine was busy for
 * less than `quiet` cores: nothing of ours runs meanwhile, so that is all other processes.
 */
export async function quietWindow({ quiet = QUIET_CORES, windowMs = 500, maxWaitMs = 60_000 } = {}) {
  const until = Date.now() + maxWaitMs;
  while (Date.now() < until) {
    const before = machineCpu();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const load = othersLoad(before, machineCpu(), 0, windowMs);
    if (!load || load.others < quiet) return true;
  }
  return false;
}

/**
 * Take a measurement while the machine is ours: `measure()` resolves with `{ wallMs, cpuMs }`
 * (the CPU our processes used), or with `others` itself when only part of its time is timed.
 * Each try starts in a quiet moment (see `quietWindow`); a try during which other processes
 * still used more than `quiet` cores is repeated, up to `tries` times (the last try is kept,
 * with its load, if none was quiet). Resolves with the measurement plus `others` (cores, or
 * undefined off Linux) and `retried`.
 */
export async function whenQuiet(measure, { quiet = QUIET_CORES, tries = 6 } = {}) {
  for (let attempt = 1; ; attempt++) {
    await quietWindow({ quiet });
    const before = machineCpu();
    const m = await measure();
    const others = 'others' in m ? m.others : othersLoad(before, machineCpu(), m.cpuMs / 1000, m.wallMs)?.others;
    if (others === undefined || others < quiet || attempt === tries) return { ...m, others, retried: attempt - 1 };
  }
}
