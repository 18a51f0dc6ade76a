import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers.ts';
import { LocalNeo4jError, instance, start, status } from '../../neo4j/local-server.ts';

// Only when the test runner started the project's own server (no external NEO4J_URI).
describe.skipIf(!process.env.NEO4J_BROWSER_URL)('the local Neo4j launcher', () => {
  let holder: Server;
  let heldPort = 0;
  beforeAll(async () => {
    holder = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => holder.once('listening', r));
    heldPort = (holder.address() as { port: number }).port;
  });
  afterAll(() => holder.close());

  it('reuses the running server when started twice', async () => {
    const test = instance('test');
    expect(status(test).running).toBe(true);
    const r = await start(test);
    expect(r.reused).toBe(true);
    expect(r.pid).toBe(status(test).pid);
  });

  it('keeps Browser usage reporting off, and opens the dev Browser on the service guide', async () => {
    const db = testDatabase();
    try {
      const rows = await db.read<{ value: string }>(
        'SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value',
        { name: 'client.allow_telemetry' },
      );
      expect(rows.map((r) => r.value)).toEqual(['false']);
    } finally {
      await db.close();
    }
    expect(instance('dev', { PORT: '4100' }).guideUrl).toBe(
      'http://localhost:4100/browser/guide.html',
    );
  });

  it('refuses to start on a port held by another program, naming the port and the fix', async () => {
    const busy = {
      name: 'busy-port-check',
      boltPort: heldPort,
      httpPort: heldPort + 1,
      password: 'x',
    };
    const attempt = start(busy);
    await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
    await expect(attempt).rejects.toThrow(
      new RegExp(`Port ${heldPort} on 127.0.0.1 is already in use.*NEO4J_URI`),
    );
  });
});
