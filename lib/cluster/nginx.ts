// nginx in front of the servers, when Debian's nginx is installed: the site of the
// README's production example, on loopback, run from a temporary folder.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Balancer } from "./node-balancer";

export function nginxInstalled(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
}

/**
 * The upstream and server blocks: each request to the server with the fewest in flight
 * (`least_conn`; round robin queued requests behind a busy server and doubled p99), a refused
 * or failed connection retried on the next server.
 */
export function nginxSite(port: number, upstreams: string[]): string {
  const servers = upstreams
    .map((u) => `    server ${new URL(u).host} max_fails=1 fail_timeout=2s;`)
    .join("\n");
  return `upstream portal {
    least_conn;
${servers}
    keepalive 16;
    # Below Node's keepAliveTimeout (5 s): nginx never reuses a connection the server is
    # closing, which it would take as a failed server (Connection reset by peer).
    keepalive_timeout 4s;
}

server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;

    location / {
        proxy_pass http://portal;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-Host $http_host;
        # A request the server never received (connection refused: stopped, restarting)
        # goes to the next one; nginx never resends a POST that reached a server.
        proxy_next_upstream error timeout http_502;
        proxy_next_upstream_tries 2;
        proxy_read_timeout 60s;
    }
}
`;
}

function nginxConfig(dir: string, site: string): string {
  const temp = (name: string) => path.join(dir, name);
  // Run as root (as on these machines), nginx's workers would switch to `nobody`, which
  // cannot reach this private folder; a local trial keeps them as the user who started it.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}worker_processes 1;
pid ${temp("nginx.pid")};
error_log stderr warn;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${temp("body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};

${site.replace(/^/gm, "    ")}
}
`;
}

export async function startNginx(port: number, upstreams: string[]): Promise<Balancer> {
  const dir = await mkdtemp(path.join(tmpdir(), "vj-portal-nginx-"));
  const config = path.join(dir, "nginx.conf");
  await writeFile(config, nginxConfig(dir, nginxSite(port, upstreams)));
  const child: ChildProcess = spawn("nginx", ["-e", "stderr", "-p", dir, "-c", config], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, 500);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`nginx exited (${code}); see its message above`));
    });
  });
  return {
    async close() {
      if (child.exitCode === null) {
        await new Promise((resolve) => {
          child.once("exit", resolve);
          child.kill("SIGQUIT");
        });
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
