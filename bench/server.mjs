// What the benchmarks share: the built server started as its own process, as the README runs it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));

/** Starts the built server on a free port; resolves with its GraphQL URL and the process. */
export function start(env) {
  const proc = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /serving GraphQL at (http:\/\/localhost:\d+\/graphql)/.exec(out);
      if (m) resolve({ url: m[1].replace('localhost', '127.0.0.1'), proc });
    });
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}
