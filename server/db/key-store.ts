// API keys, kept in the graph (so that every copy of the stateless service sees the same keys)
// as SHA-256 hashes only: a key is shown once, when it is created.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from './database.ts';
import { toIso } from './convert.ts';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const hashKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

const CREATE = `
  CREATE (k:ApiKey {id: $id, hash: $hash, role: $role, name: $name, createdAt: datetime(), revoked: false})
  RETURN k.id AS id`;
const FIND = `MATCH (k:ApiKey {id: $id}) WHERE NOT k.revoked RETURN k.hash AS hash, k.role AS role, k.name AS name`;
const REVOKE = `MATCH (k:ApiKey {id: $id}) SET k.revoked = true RETURN k.id AS id`;
const ANY_ADMIN = `MATCH (k:ApiKey {role: 'admin'}) WHERE NOT k.revoked RETURN k.id AS id LIMIT 1`;
const LIST = `MATCH (k:ApiKey) RETURN k.id AS id, k.role AS role, k.name AS name, k.createdAt AS createdAt, k.revoked AS revoked ORDER BY k.createdAt`;

const KEY_FORMAT = /^cg_([0-9a-f]{12})_[A-Za-z0-9_-]{32}$/;

export class KeyFormatError extends Error {
  override name = 'KeyFormatError';
}

export interface KeyInfo {
  id: string;
  role: Role;
  /** The name the key was made with (e.g. the person who uses it). */
  name: string;
}

export class KeyStore {
  // Keys are checked on every request; a short cache spares Neo4j, and a revocation takes
  // effect within its lifetime.
  private cache = new Map<string, { info: KeyInfo | null; until: number }>();

  constructor(
    private readonly db: Database,
    private readonly cacheMs = 30_000,
  ) {}

  /** Returns the key to hand out: `cg_<id>_<secret>`; only its hash is stored. */
  async create(role: Role, name: string): Promise<{ id: string; key: string }> {
    const id = randomBytes(6).toString('hex');
    const secret = randomBytes(24).toString('base64url');
    const key = `cg_${id}_${secret}`;
    await this.db.write(CREATE, { id, hash: hashKey(key), role, name });
    return { id, key };
  }

  async verify(key: string): Promise<KeyInfo | null> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.info;
    const id = KEY_FORMAT.exec(key)?.[1];
    let info: KeyInfo | null = null;
    if (id) {
      const [row] = await this.db.read(FIND, { id });
      const expected = row ? Buffer.from(String(row.hash), 'hex') : undefined;
      const actual = Buffer.from(hashKey(key), 'hex');
      if (expected && timingSafeEqual(expected, actual))
        info = { id, role: row!.role as Role, name: String(row!.name ?? '') };
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { info, until: Date.now() + this.cacheMs });
    return info;
  }

  /**
   * A service that only accepts keys must let its first admin in. When no admin key is active,
   * this stores `preset` (an operator's chosen key, e.g. from ADMIN_API_KEY) or creates one and
   * returns it, to be shown once; when an admin key exists it does nothing and returns null.
   */
  async ensureFirstAdmin(preset?: string): Promise<{ id: string; key: string } | null> {
    if (preset !== undefined && !KEY_FORMAT.test(preset))
      throw new KeyFormatError(
        'ADMIN_API_KEY must look like cg_<12 hex digits>_<32 letters, digits, - or _>; make one with ' +
          `node -e "const c=require('crypto');console.log('cg_'+c.randomBytes(6).toString('hex')+'_'+c.randomBytes(24).toString('base64url'))"`,
      );
    if ((await this.db.read(ANY_ADMIN)).length > 0) return null;
    if (preset === undefined) return this.create('admin', 'first admin');
    const id = KEY_FORMAT.exec(preset)![1]!;
    await this.db.write(CREATE, {
      id,
      hash: hashKey(preset),
      role: 'admin',
      name: 'first admin (ADMIN_API_KEY)',
    });
    return { id, key: preset };
  }

  async revoke(id: string): Promise<boolean> {
    this.cache.clear();
    return (await this.db.write(REVOKE, { id })).length > 0;
  }

  async list(): Promise<
    { id: string; role: Role; name: string; createdAt: string | null; revoked: boolean }[]
  > {
    return (await this.db.read(LIST)).map((r) => ({
      id: String(r.id),
      role: r.role as Role,
      name: String(r.name),
      createdAt: toIso(r.createdAt),
      revoked: Boolean(r.revoked),
    }));
  }
}
