import * as fs from 'node:fs';
import * as path from 'node:path';
import { pidAlive, readPostmasterPid } from '../libs/runtime/src/embedded-postgres';
import { groupAlive, launch, tempDataDir, waitHealthy, type Launched } from '../libs/runtime/src/launch';

jest.setTimeout(120_000);

/** SIGTERM to the whole group, as a terminal or a service manager does; resolves when every process is gone. */
async function stop(l: Launched): Promise<void> {
  process.kill(-l.proc.pid!, 'SIGTERM');
  await l.exited;
  const until = Date.now() + 20_000;
  while (groupAlive(l.proc.pid!) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

describe('npm start on the embedded default', () => {
  const dataDir = tempDataDir();
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts cold, refuses a second start, and stops everything on SIGTERM', async () => {
    const first = await launch({ DATA_DIR: dataDir, ADMIN_EMAIL: 'beheer@example.org', ADMIN_PASSWORD: 'Correct-Horse-42-battery' });
    // how fast is measured by npm run bench:startup, not asserted here
    await waitHealthy(first, 60_000);
    expect(first.output()).toContain(`${first.base}/api/docs`);
    expect(first.output()).toContain('created a new PostgreSQL 15 cluster');

    const samePort = await launch({ DATA_DIR: tempDataDir() }, first.port);
    expect(await samePort.exited).toBe(1);
    expect(samePort.output()).toMatch(new RegExp(`port ${first.port} .*already in use`));

    const sameDir = await launch({ DATA_DIR: dataDir });
    expect(await sameDir.exited).toBe(1);
    expect(sameDir.output()).toContain(`data dir ${dataDir} is in use`);
    // the first one keeps serving
    expect((await fetch(`${first.base}/api/v1/health`)).status).toBe(200);

    await stop(first);
    expect(first.output()).toContain('stopped cleanly');
    expect(groupAlive(first.proc.pid!)).toBe(false);
    expect(readPostmasterPid(path.join(dataDir, 'pg'))).toBeUndefined();
  });

  it('starts warm on the same data dir and recovers after kill -9', async () => {
    const warm = await launch({ DATA_DIR: dataDir });
    await waitHealthy(warm, 60_000);
    expect(warm.output()).not.toContain('created a new PostgreSQL');

    const pm = readPostmasterPid(path.join(dataDir, 'pg'))!;
    const launcherPid = Number(fs.readFileSync(path.join(dataDir, 'launcher.pid'), 'utf8'));
    process.kill(launcherPid, 'SIGKILL');
    await warm.exited;
    expect(pidAlive(pm.pid)).toBe(true); // the orphan a kill -9 leaves behind

    const again = await launch({ DATA_DIR: dataDir });
    await waitHealthy(again, 30_000);
    expect(again.output()).toContain(`stopped an orphaned PostgreSQL (pid ${pm.pid})`);
    expect(pidAlive(pm.pid)).toBe(false);
    await stop(again);
    expect(again.output()).toContain('stopped cleanly');
  });

  it('stops with one line naming a bad variable', async () => {
    const bad = await launch({ DATA_DIR: dataDir, REDIS_URL: 'http://nope' });
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim().split('\n').pop()).toBe('[buurtkracht] configuration error: REDIS_URL must start with redis: or rediss:, got "http:"');
  });
});
