// Peak resident memory of a process tree (the server runs under tsx, which starts node as a child), from /proc.
import fs from 'node:fs';

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) out.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    // the process is gone
  }
  return out;
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The largest peak RSS (VmHWM) of any process in the tree, in MiB. */
export function peakRssMiB(rootPid: number): number {
  let peak = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    peak = Math.max(peak, statusKb(pid, 'VmHWM'));
    stack.push(...children(pid));
  }
  return Math.round(peak / 1024);
}
