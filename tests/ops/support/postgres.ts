import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The postmaster's pid, from postmaster.pid in the cluster's data folder (its first line). */
function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

/** The postmaster and every process it started (backends, checkpointer, WAL writer...). */
function clusterPids(dataDir: string): number[] {
  const root = postmasterPid(dataDir);
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ")".
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === root;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
  return [root, ...children];
}

/**
 * Freezes the cluster the way a stuck server or a network partition looks: connections stay
 * open, nothing answers. Returns a function that thaws it.
 */
export function pausePostgres(dataDir: string): () => void {
  const pids = clusterPids(dataDir);
  for (const pid of pids) process.kill(pid, "SIGSTOP");
  return () => {
    for (const pid of new Set([...pids, ...clusterPids(dataDir)])) {
      try {
        process.kill(pid, "SIGCONT");
      } catch {
        // gone
      }
    }
  };
}
