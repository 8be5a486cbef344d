// The balancer `npm run start:cluster` (and the bench) put in front of the servers: Debian's
// nginx when it is installed, otherwise the small one in Node.
import { nginxInstalled, startNginx } from "./nginx";
import { startNodeBalancer, type Balancer } from "./node-balancer";

export interface StartedBalancer extends Balancer {
  kind: "nginx" | "Node balancer";
}

export async function startBalancer(port: number, upstreams: string[]): Promise<StartedBalancer> {
  if (nginxInstalled()) return { kind: "nginx", ...(await startNginx(port, upstreams)) };
  return { kind: "Node balancer", ...(await startNodeBalancer(port, upstreams)) };
}
