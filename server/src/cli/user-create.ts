import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/knex';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { DomainError } from '../errors.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { PlaceDirectory } from '../modules/places/place-directory.js';
import { UserAdminService } from '../modules/users/user-admin.service.js';
import { Role } from '../modules/users/user.entity.js';
import { MemoryBus } from '../realtime/bus.js';

// Creates a user from the command line, above all the first ADMIN of a database without demo users:
//   pnpm user:create --username wang --display-name "系统管理员 王" --role ADMIN [--unit unit-id]
// The password comes from HEATLINE_PASSWORD, or is asked for on a terminal (never an argument, which
// other users of the machine could read in the process list).
const USAGE =
  'usage: pnpm user:create --username NAME --display-name "SHOWN NAME" --role ADMIN|LEADER|OPERATOR|HEAD|STAFF [--unit UNIT_ID]\n' +
  'The password is read from HEATLINE_PASSWORD, or asked for when run in a terminal (at least 10 characters).';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    let asked = false;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (!asked) {
        asked = true;
        write(s);
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function password(): Promise<string> {
  // The command's own input, like its arguments; the server's configuration is read by config.ts.
  const fromEnv = process.env.HEATLINE_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) fail(`no password: set HEATLINE_PASSWORD, or run this in a terminal\n${USAGE}`, 2);
  const first = await askHidden('Password (at least 10 characters): ');
  const again = await askHidden('Again: ');
  if (first !== again) fail('the two passwords differ; nothing was created');
  return first;
}

let args: { username?: string; 'display-name'?: string; role?: string; unit?: string };
try {
  args = parseArgs({
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2);
}
const role = args.role?.toUpperCase();
if (!args.username || !args['display-name'] || !role) fail(USAGE, 2);
if (!(Object.values(Role) as string[]).includes(role))
  fail(`--role must be one of ${Object.values(Role).join(', ')}\n${USAGE}`, 2);

const secret = await password();
const config = loadConfig();
const log = pino({ level: 'silent' });
const orm = await openOrm(config.database);
const bus = new MemoryBus();
const auth = new AuthService(config.sessionHours, bus);
try {
  await migrate(orm);
  const fork = () => orm.em.fork() as EntityManager;
  const users = new UserAdminService(auth, new PlaceDirectory(fork), log);
  const user = await users.createTrusted(
    fork(),
    {
      username: args.username,
      displayName: args['display-name'],
      password: secret,
      role: role as Role,
      unitId: args.unit ?? null,
    },
    'the command line',
  );
  console.log(`created ${user.role} ${user.username} (id ${user.id}); they can sign in now`);
} catch (e) {
  if (e instanceof DomainError) fail(`refused: ${e.message}`);
  throw e;
} finally {
  await auth.close();
  await bus.close();
  await orm.close();
}
