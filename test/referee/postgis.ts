/**
 * A throw-away PostgreSQL cluster with PostGIS, on localhost only, for tests and benchmarks that
 * use PostGIS as the independent referee (docs/architecture.md, Tests). It lives in a temporary
 * folder and is gone after `stop()`. As root the server runs as the `postgres` user (PostgreSQL
 * refuses root); otherwise as the current user.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Postgis {
  /** Runs SQL (any number of statements) and returns the rows of the last one, tab-separated fields. */
  query(sql: string): string[][];
  /** The PostGIS version, e.g. "3.3 USE_GEOS=1 USE_PROJ=1 USE_STATS=1". */
  version: string;
  stop(): void;
}

/** Where Debian puts a PostgreSQL major version that has PostGIS: its binaries, or why none was found. */
export function findPostgis(): { bin: string } | { missing: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(`/usr/share/postgresql/${version}/extension/postgis.control`))
      return { bin };
  }
  return {
    missing:
      versions.length === 0
        ? 'PostgreSQL is not installed (Debian: apt-get install postgresql-15 postgresql-15-postgis-3)'
        : `PostGIS is not installed for PostgreSQL ${versions.join(', ')} (Debian: apt-get install postgresql-${versions[0]}-postgis-3)`,
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/** Starts a cluster in a temporary folder and creates the PostGIS extension in its database. */
export async function startPostgis(): Promise<Postgis> {
  const found = findPostgis();
  if ('missing' in found) throw new Error(found.missing);
  const asRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(join(tmpdir(), 'cordon-postgis-'));
  const data = join(folder, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
    chmodSync(folder, 0o700);
  }
  const as = (command: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const run = (command: string, args: string[]) => {
    const [file, all] = as(command, args);
    const result = spawnSync(file, all, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run(join(found.bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const [file, args] = as(join(found.bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    folder,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
  ]);
  const server: ChildProcess = spawn(file, args, { stdio: 'ignore' });
  const psql = join(found.bin, 'psql');
  const query = (sql: string): string[][] => {
    const result = spawnSync(
      psql,
      [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-X',
        '-q',
        '-A',
        '-t',
        '-F',
        '\t',
        '-v',
        'ON_ERROR_STOP=1',
      ],
      { input: sql, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    if (result.status !== 0) throw new Error(`PostGIS query failed: ${result.stderr}`);
    return result.stdout
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => line.split('\t'));
  };
  const stop = () => {
    server.kill('SIGINT');
    rmSync(folder, { recursive: true, force: true });
  };
  // Ready when it answers (a few hundred milliseconds after the start).
  for (let attempt = 0; ; attempt++) {
    try {
      query('SELECT 1');
      break;
    } catch (error) {
      if (attempt > 100 || server.exitCode !== null) {
        stop();
        throw new Error(`PostgreSQL did not start: ${String(error)}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  query('CREATE EXTENSION postgis;');
  const [[version]] = query('SELECT postgis_full_version();');
  return { query, version, stop };
}
