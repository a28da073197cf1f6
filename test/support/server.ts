import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

export interface RunningServer {
  url: string;
  wsUrl: string;
  proc: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Runs the built server as its own process, the way the README runs it. */
export function startServer(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<RunningServer> {
  const proc = spawn(process.execPath, [MAIN], {
    // Other features' tests register bursts of calls at one compound and count their events exactly:
    // no incident is proposed unless a test asks for it (incidents tests set HEATLINE_INCIDENT_CALLS).
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      HEATLINE_INCIDENT_CALLS: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = () => {
      const m = /serving GraphQL at (http:\/\/localhost:(\d+)\/graphql)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      proc.stdout!.off('data', onData);
      const url = m[1]!.replace('localhost', '127.0.0.1');
      resolve({ url, wsUrl: url.replace('http', 'ws'), proc, output: () => out, stop });
    };
    proc.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it started:\n${out}`));
    });
  });
}

/** Runs the server to completion, for start-up failures that must end the process. */
export function runServerToExit(env: Record<string, string | undefined>, timeoutMs = 30_000) {
  return runToExit(MAIN, [], { HOST: '127.0.0.1', ...env }, timeoutMs, 'the server did not exit');
}

/**
 * The built server on a fresh data directory for the enclosing `describe`: started before its tests,
 * stopped and its directory removed after them. The fields are filled in once it has started.
 */
export function serverForSuite(env: Record<string, string | undefined> = {}): RunningServer {
  const tmp = tempDir();
  const server = {} as Partial<RunningServer>;
  beforeAll(async () => void Object.assign(server, await startServer({ HEATLINE_DATA_DIR: tmp.dir, ...env })));
  afterAll(async () => {
    await server.stop?.();
    tmp.remove();
  });
  return server as RunningServer;
}

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'heatline-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one of the server's command-line tools (server/dist/cli/<name>.js) to completion. */
export function runCli(name: string, args: string[], env: Record<string, string | undefined>, timeoutMs = 60_000) {
  const script = fileURLToPath(new URL(`../../server/dist/cli/${name}.js`, import.meta.url));
  return runToExit(script, args, env, timeoutMs, `${name} did not finish`);
}

/** Runs a Node script to its exit with its output collected; killed, and an error, after `timeoutMs`. */
function runToExit(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs: number,
  late: string,
) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const proc = spawn(process.execPath, [script, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`${late} within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output: out });
    });
  });
}

/** The resident memory of a running process in bytes (Linux: VmRSS in /proc/<pid>/status), or null once it is gone. */
export function residentBytes(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
