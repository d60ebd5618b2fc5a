// How many lint workers this machine can really carry: its cores as the scheduler and a
// container's CPU quota allow (Node 20's availableParallelism() does not read cgroup quotas), and
// the memory a worker needs.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * Memory a lint worker takes, with room to spare: its heap with the linter loaded and warm, and
 * the batches it holds (measured about 110 MB resident per worker over 10,000 notes).
 */
export const WORKER_MEMORY_BYTES = 200 * 1024 * 1024;

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Cores' worth of CPU time one period of a cgroup quota allows, or undefined for none. */
function quotaCores(quota: number, period: number): number | undefined {
  return quota > 0 && period > 0 ? quota / period : undefined;
}

/** The tightest CPU quota on this process's cgroup and the cgroups above it (v2, then v1). */
export function cgroupCpuQuota(readText: (file: string) => string | undefined = read): number | undefined {
  const membership = readText('/proc/self/cgroup') ?? '';
  let tightest: number | undefined;
  const consider = (cores: number | undefined): void => {
    if (cores !== undefined && (tightest === undefined || cores < tightest)) tightest = cores;
  };
  for (const line of membership.split('\n')) {
    const [, controllers, group] = /^\d+:([^:]*):(.*)$/.exec(line.trim()) ?? [];
    if (group === undefined) continue;
    // The group's own limit and every ancestor's: a parent's quota binds its children too.
    const groups: string[] = [];
    for (let g = group; ; g = g.slice(0, g.lastIndexOf('/')) || '/') {
      groups.push(g === '/' ? '' : g);
      if (g === '/' || g === '') break;
    }
    if (controllers === '') {
      for (const g of groups) {
        const [quota, period] = (readText(`/sys/fs/cgroup${g}/cpu.max`) ?? '').trim().split(/\s+/);
        if (quota && quota !== 'max') consider(quotaCores(Number(quota), Number(period)));
      }
    } else if (controllers!.split(',').includes('cpu')) {
      for (const mount of ['/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpu']) {
        for (const g of groups) consider(quotaCores(Number(readText(`${mount}${g}/cpu.cfs_quota_us`)), Number(readText(`${mount}${g}/cpu.cfs_period_us`))));
      }
    }
  }
  return tightest;
}

/** Cores this process may use: the scheduler's count, lowered to a container's CPU quota (at least 1). */
export function usableCores(): number {
  const quota = cgroupCpuQuota();
  const cores = availableParallelism();
  return quota === undefined ? cores : Math.max(1, Math.min(cores, Math.floor(quota)));
}

/** The most workers `auto` may start: the usable cores, and no more than the free memory holds. */
export function autoWorkerLimit(cores = usableCores(), freeMemory = process.availableMemory()): number {
  return Math.max(1, Math.min(cores, Math.floor(freeMemory / WORKER_MEMORY_BYTES)));
}
