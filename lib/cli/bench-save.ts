// npm run bench:save [-- --saves 200] [--editors 4] [--port 4310]: an editor's save, p50, p95
// and p99, through the real path: a production server of the current build on the project's
// database (as `npm start`; DATABASE_URL only if it is local), a staff account made for the
// run, each editor's form read in Chromium without JavaScript and posted like a browser posts
// it (the server action, its redirect), each editor saving their own published meeting's draft
// again and again. Everything the run wrote is deleted after it: the drafts, their revisions,
// the account, its session and its sign-in's audit line. Prints the numbers, never a pass/fail.
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { hashPassword } from "../auth/password";
import { percentile, readStaffForms, saveRepeatedly } from "../bench/save";
import { boot } from "../ops/boot";
import { freePort, provideDatabase } from "../ops/embedded-postgres";
import { spawnWebServer, stopProcess, waitForServer } from "../ops/web-server";
import { createPrismaClient } from "../prisma-client";

const { values } = parseArgs({
  options: {
    saves: { type: "string", default: "200" },
    editors: { type: "string", default: "4" },
    port: { type: "string" },
  },
});
const saves = Number(values.saves);
const editors = Number(values.editors);
if (process.env.DATABASE_URL && !/@(127\.0\.0\.1|localhost)[:/]/.test(process.env.DATABASE_URL))
  throw new Error("bench:save writes drafts: it runs only on a local database.");

const database = await provideDatabase();
const db = createPrismaClient(database.url);
const server = await (async () => {
  const env = await boot(database.url, { servers: 1 });
  const port = Number(values.port ?? (await freePort()));
  return {
    port,
    child: spawnWebServer({ port, env: { ...env, PORTAL_HOST: "127.0.0.1" }, stdio: "ignore" }),
  };
})();
const account = {
  email: `bench-${randomUUID().slice(0, 8)}@example.invalid`,
  password: randomUUID(),
};
const user = await db.user.create({
  data: {
    email: account.email,
    role: "EDITOR",
    passwordHash: await hashPassword(account.password),
  },
  select: { id: true },
});
try {
  const origin = `http://127.0.0.1:${server.port}`;
  await waitForServer(`${origin}/en`, 120_000);
  // Published meetings nobody is editing: the run's drafts are then the only ones it touches.
  const drafted = await db.workingCopy.findMany({
    where: { entityType: "MEETING", entityId: { not: null } },
    select: { entityId: true },
  });
  const meetings = await db.meeting.findMany({
    where: { id: { notIn: drafted.map((d) => d.entityId!) } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: editors,
  });
  if (meetings.length < editors)
    throw new Error(
      `Only ${meetings.length} meetings have no draft: run with --editors ${meetings.length}.`,
    );
  const forms = await readStaffForms(
    origin,
    account,
    meetings.map((m) => `/admin/meetings/new?entity=${m.id}`),
  );

  const load = loadavg()[0];
  const started = performance.now();
  const each = Math.ceil(saves / editors);
  const durations = (
    await Promise.all(
      forms.map((form, i) =>
        saveRepeatedly(origin, `/admin/meetings/new?entity=${meetings[i].id}`, form, each),
      ),
    )
  ).flat();
  const seconds = (performance.now() - started) / 1000;
  const ms = (p: number) => percentile(durations, p).toFixed(0);
  console.log(
    `${durations.length} saves by ${editors} editor${editors === 1 ? "" : "s"} at once (${each} each, ${forms[0].fields.length} fields a form) in ${seconds.toFixed(1)} s: ${(durations.length / seconds).toFixed(1)} saves/s.`,
  );
  console.log(
    `p50 ${ms(50)} ms, p95 ${ms(95)} ms, p99 ${ms(99)} ms, max ${ms(100)} ms. Load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}.`,
  );
} finally {
  await stopProcess(server.child);
  // Revisions go with their drafts, sessions with the account; its sign-in's audit line too.
  await db.workingCopy.deleteMany({ where: { updatedById: user.id } });
  await db.auditEvent.deleteMany({ where: { actorId: user.id } });
  await db.user.delete({ where: { id: user.id } });
  await db.$disconnect();
  await database.stop();
}
process.exit(0);
