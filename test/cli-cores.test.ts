// How many workers `--concurrency auto` may start: a container's CPU quota (cgroup v2 and v1,
// the tightest on the way up) and the free memory cap the cores the scheduler reports.
import { describe, expect, it } from 'vitest';
import { autoWorkerLimit, cgroupCpuQuota, WORKER_MEMORY_BYTES } from '../server/cli/cores.js';

/** A file system of the given files only. */
const files =
  (tree: Record<string, string>) =>
  (file: string): string | undefined =>
    tree[file];

describe('cgroupCpuQuota', () => {
  it('reads a cgroup v2 quota, the tightest of the group and its ancestors', () => {
    const fs = files({
      '/proc/self/cgroup': '0::/ci/job\n',
      '/sys/fs/cgroup/ci/job/cpu.max': 'max 100000\n',
      '/sys/fs/cgroup/ci/cpu.max': '250000 100000\n',
      '/sys/fs/cgroup/cpu.max': '400000 100000\n',
    });
    expect(cgroupCpuQuota(fs)).toBe(2.5);
  });

  it('a container whose own root holds the limit (cgroup namespace)', () => {
    expect(cgroupCpuQuota(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '100000 100000\n' }))).toBe(1);
  });

  it('reads a cgroup v1 quota; -1 is no quota', () => {
    const v1 = (quota: string) =>
      files({
        '/proc/self/cgroup': '12:memory:/\n4:cpu,cpuacct:/docker/abc\n1:name=systemd:/\n',
        '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us': `${quota}\n`,
        '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us': '100000\n',
      });
    expect(cgroupCpuQuota(v1('150000'))).toBe(1.5);
    expect(cgroupCpuQuota(v1('-1'))).toBeUndefined();
  });

  it('no quota anywhere, or nothing readable: undefined', () => {
    expect(cgroupCpuQuota(files({ '/proc/self/cgroup': '0::/user.slice\n', '/sys/fs/cgroup/user.slice/cpu.max': 'max 100000\n' }))).toBeUndefined();
    expect(cgroupCpuQuota(files({}))).toBeUndefined();
    expect(cgroupCpuQuota(files({ '/proc/self/cgroup': 'garbage\n' }))).toBeUndefined();
  });
});

describe('autoWorkerLimit', () => {
  it('is the cores, unless the free memory holds fewer workers; never below 1', () => {
    expect(autoWorkerLimit(8, 100 * WORKER_MEMORY_BYTES)).toBe(8);
    expect(autoWorkerLimit(8, 3 * WORKER_MEMORY_BYTES + 1)).toBe(3);
    expect(autoWorkerLimit(8, 0)).toBe(1);
    expect(autoWorkerLimit(2, 100 * WORKER_MEMORY_BYTES)).toBe(2);
  });
});
