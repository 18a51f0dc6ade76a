// npm run apikey -- create --role reader|editor|admin --name NAME | list | revoke ID
import { connect } from '../neo4j/connect.ts';
import { KeyStore, ROLES, type Role } from '../server/db/key-store.ts';

const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};

try {
  const db = await connect();
  const keys = new KeyStore(db);
  try {
    if (command === 'create') {
      const role = option('role') as Role | undefined;
      const name = option('name');
      if (!role || !ROLES.includes(role) || !name)
        throw new Error('usage: npm run apikey -- create --role reader|editor|admin --name NAME');
      const { id, key } = await keys.create(role, name);
      console.log(
        `Created ${role} key ${id} for '${name}'. It is shown only now; send it as \`Authorization: Bearer <key>\`:\n${key}`,
      );
    } else if (command === 'list') {
      for (const k of await keys.list())
        console.log(
          `${k.id}  ${String(k.role).padEnd(7)} ${k.revoked ? 'revoked' : 'active '} ${k.createdAt}  ${k.name}`,
        );
    } else if (command === 'revoke' && rest[0]) {
      console.log((await keys.revoke(rest[0])) ? `Revoked ${rest[0]}.` : `No key ${rest[0]}.`);
    } else {
      throw new Error(
        'usage: npm run apikey -- create --role reader|editor|admin --name NAME | list | revoke ID',
      );
    }
  } finally {
    await db.close();
  }
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
}
