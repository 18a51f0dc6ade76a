// docker-compose.yml is for people with a Docker engine (we have none to run it here): it must be
// safe as it stands, since whoever runs it gets exactly what it says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'));
const services: Record<
  string,
  { ports?: string[]; environment?: Record<string, string>; command?: string; volumes?: string[] }
> = compose.services;

describe('the Docker Compose default', () => {
  it('publishes every port on loopback unless BIND says otherwise', () => {
    const ports = Object.values(services).flatMap((s) => s.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    for (const p of ports) expect(p).toMatch(/^\$\{BIND:-127\.0\.0\.1\}:\d+:\d+$/);
  });

  it('runs the keyed service, never open access', () => {
    const graphql = services.graphql!;
    expect(graphql.command).toMatch(/npm run serve\b/);
    expect(graphql.command).not.toMatch(/npm start\b/);
    expect(graphql.environment?.AUTH).toBeUndefined();
    expect(graphql.environment).toHaveProperty('ADMIN_API_KEY');
  });

  it('refuses to start without a password of the user’s own', () => {
    expect(services.neo4j!.environment?.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD:\?/);
    expect(services.graphql!.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?/);
    expect(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8')).not.toMatch(
      /NEO4J_PASSWORD:-/,
    );
  });

  it('keeps the container’s node_modules out of the host’s tree', () => {
    expect(services.graphql!.volumes).toContain('graphql-node-modules:/app/node_modules');
  });
});
