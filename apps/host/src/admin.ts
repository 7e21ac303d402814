import { openDatabase } from './db/open.js';
import { configFromEnv } from './start.js';
import { listGrantedAdmins, setAdminGranted } from './store/users.js';

// `pnpm --filter @paycore/host admin grant|revoke <email>` and `admin list`: platform admins by
// command, for an operator with access to the host's configuration and database. The other way to
// be one is an address in PAYCORE_ADMIN_EMAILS that its owner has verified.
const USAGE = 'usage: admin grant <email> | admin revoke <email> | admin list';
const [command, emailArg] = process.argv.slice(2);
const email = emailArg?.trim().toLowerCase();
if (!(command === 'list' || ((command === 'grant' || command === 'revoke') && email))) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const { config } = configFromEnv();
const db = await openDatabase(config.database);
try {
  if (command === 'list') {
    const admins = await listGrantedAdmins(db);
    for (const admin of admins) process.stdout.write(`${admin.email}\tgranted ${admin.grantedAt}\n`);
    if (admins.length === 0) process.stdout.write('No account is granted admin by command.\n');
  } else if (await setAdminGranted(db, email!, command === 'grant')) {
    process.stdout.write(`${command === 'grant' ? 'Granted' : 'Revoked'} platform admin for ${email}\n`);
  } else {
    process.stderr.write(`No account has the e-mail address ${email}; it must sign up first\n`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
