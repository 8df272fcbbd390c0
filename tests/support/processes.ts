/** For tests that stop a command: whether anything it started still runs. */
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether a process of the group led by `pid` (a child spawned with detached: true) still runs. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * What of the group led by `pid` still runs after a moment's grace (a helper such as esbuild's service ends when its
 * pipe to its parent closes), as `ps` lines; '' when nothing does.
 */
export async function groupLeft(pid: number): Promise<string> {
  for (let waited = 0; groupAlive(pid) && waited < 5000; waited += 100) await sleep(100);
  return groupAlive(pid)
    ? spawnSync('ps', ['-o', 'pid=,args=', '-g', String(pid)], { encoding: 'utf8' }).stdout.trim() || '(exiting)'
    : '';
}
