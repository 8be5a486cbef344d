// How many requests that need the database one server works on at once. Beyond its pool,
// more requests only wait inside node-postgres for a connection, and after 5 s fail as 500s;
// a burst far larger than the pool would also pile up renders the machine cannot finish. So
// the web server lets as many in as the pool has connections, queues the next ones briefly,
// and answers the rest 503 with Retry-After at once (lib/server/unavailable-page.ts).
export interface AdmissionOptions {
  /** Requests in Next at once: the database pool's size. */
  concurrency: number;
  /** How long a request may wait for its turn before it is refused. */
  maxWaitMs: number;
  /** Requests waiting at most; one more is refused at once. */
  maxQueue: number;
}

/** A function that ends the request's turn (idempotent), or null when it was refused. */
export type Turn = (() => void) | null;

export function createAdmission({ concurrency, maxWaitMs, maxQueue }: AdmissionOptions) {
  let active = 0;
  const waiting: (() => void)[] = [];

  function turn(): () => void {
    active += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      active -= 1;
      waiting.shift()?.();
    };
  }

  return {
    enter(): Promise<Turn> {
      if (active < concurrency && waiting.length === 0) return Promise.resolve(turn());
      if (waiting.length >= maxQueue) return Promise.resolve(null);
      return new Promise<Turn>((resolve) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(admit), 1);
          resolve(null);
        }, maxWaitMs);
        function admit() {
          clearTimeout(timer);
          resolve(turn());
        }
        waiting.push(admit);
      });
    },
    /** Requests in Next and waiting, for logs and tests. */
    load: () => ({ active, waiting: waiting.length }),
  };
}

export type Admission = ReturnType<typeof createAdmission>;
