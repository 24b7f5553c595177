// `npm run mail-worker`: sends the outbox from a process of its own (PostgreSQL only:
// the embedded database belongs to the server's process, which then sends mail itself).
import { mailTransportFromEnv } from "../app/mechanisms/email/mail-transport.server";
import { startMailWorker } from "../app/mechanisms/email/mail-worker.server";
import { closeDatabase, db } from "../app/utils/database/connection.server";
import { EnvError, parseEnv } from "../app/utils/env.server";

try {
  const env = parseEnv();
  const worker = startMailWorker({ db: db(), transport: mailTransportFromEnv(env) });
  console.log(`Mail worker: sending ${env.EMAIL_API_URL ? `through ${new URL(env.EMAIL_API_URL).host}` : `to files in ${env.MAIL_DIR}`}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void worker
        .stop()
        .then(closeDatabase)
        .finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
