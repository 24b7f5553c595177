import { openBurstDatabase, startPortal, freePort, burstEvent, signedInPeople, registerAtOnce } from "./tests/setup/registration-burst";
const database = await openBurstDatabase("postgres://postgres@127.0.0.1:5432/postgres");
try {
const event = await burstEvent(database.prisma, { capacity: 100 });
const people = await signedInPeople(database.prisma, 80);
const portal = await startPortal({ databaseUrl: database.url, port: await freePort(), nodeOptions: ["--cpu-prof", "--cpu-prof-dir=/tmp/rb-prof"] });
try {
await registerAtOnce(portal.origin, event.id, people.slice(0, 5));
const r = await registerAtOnce(portal.origin, event.id, people.slice(5), { connections: 10 });
console.log(r.seconds, r.perSecond, r.busyRetries);
} finally { await portal.stop(); }
} finally { await database.close(); }
