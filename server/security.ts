// Who may do what, and how much: API keys with roles, query limits (graphql-armor), request
// size and rate limits, GraphiQL and introspection switches. Open access exists only behind
// AUTH=open, the local-development setting `npm start` uses.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError, getOperationAST, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ROLES, type KeyStore, type Role } from './db/key-store.ts';

export interface SecurityConfig {
  /** `open`: everyone is admin (local development only). `keys`: API keys with roles. */
  auth: 'open' | 'keys';
  graphiql: boolean;
  introspection: boolean;
  /** Requests per minute per API key (or per client address without one); 0 = no limit. */
  ratePerMinute: number;
  maxBodyBytes: number;
}

export const OPEN: SecurityConfig = {
  auth: 'open',
  graphiql: true,
  introspection: true,
  ratePerMinute: 0,
  maxBodyBytes: 1_000_000,
};

export function loadSecurity(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const auth = env.AUTH ?? 'keys';
  if (auth !== 'open' && auth !== 'keys')
    throw new Error(`AUTH must be 'keys' or 'open' (local development), got '${auth}'`);
  const flag = (name: string, fallback: boolean) =>
    env[name] === undefined ? fallback : !/^(0|false|no|off)$/i.test(env[name]!);
  const number = (name: string, fallback: number) => {
    const n = Number(env[name] ?? fallback);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} must be a whole number, got '${env[name]}'`);
    return n;
  };
  return {
    auth,
    graphiql: flag('GRAPHIQL', true),
    introspection: flag('INTROSPECTION', true),
    ratePerMinute: number('RATE_LIMIT_PER_MINUTE', auth === 'open' ? 0 : 600),
    maxBodyBytes: number('MAX_BODY_BYTES', 1_000_000),
  };
}

export interface Principal {
  /** The API key's id, or `open` / the client address. */
  id: string;
  role: Role;
}

const rank = (r: Role) => ROLES.indexOf(r);

/** Fields that change more than data: they need an admin. */
const ADMIN_FIELDS = new Set(['recomputeCredibility']);

const error = (status: number, code: string, message: string) =>
  new GraphQLError(message, {
    extensions: {
      code,
      http: { status, ...(status === 401 && { headers: { 'WWW-Authenticate': 'Bearer' } }) },
    },
  });

function presentedKey(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header) return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? header;
  return request.headers.get('x-api-key');
}

/** The caller of a request, or a 401 error. */
export async function authenticate(
  config: SecurityConfig,
  keys: KeyStore | undefined,
  request: Request,
): Promise<Principal> {
  if (config.auth === 'open') return { id: 'open', role: 'admin' };
  const key = presentedKey(request);
  if (!key)
    throw error(
      401,
      'UNAUTHENTICATED',
      'An API key is required: send it as `Authorization: Bearer <key>`.',
    );
  const info = keys && (await keys.verify(key));
  if (!info)
    throw error(
      401,
      'UNAUTHENTICATED',
      'The API key is not valid (unknown, malformed or revoked).',
    );
  return info;
}

export function requiredRole(operation: OperationDefinitionNode): Role {
  if (operation.operation === 'query') return 'reader';
  const admin = operation.selectionSet.selections.some(
    (s) => s.kind === 'Field' && ADMIN_FIELDS.has(s.name.value),
  );
  return admin ? 'admin' : 'editor';
}

/** Queries need a reader, mutations an editor, recomputes an admin: 403 otherwise. */
export function useRoles(): Plugin<{ principal: Principal }> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const need = requiredRole(operation);
      const { principal } = args.contextValue;
      if (rank(principal.role) < rank(need)) {
        throw error(
          403,
          'FORBIDDEN',
          `This ${operation.operation} needs the ${need} role; the API key has ${principal.role}.`,
        );
      }
    },
  };
}

function limitKey(request: Request, serverContext: unknown): string {
  const key = presentedKey(request);
  const id = key && /^cg_([0-9a-f]{12})_/.exec(key)?.[1];
  if (id) return `key:${id}`;
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.req?.socket;
  return `addr:${forwarded ?? socket?.remoteAddress ?? 'unknown'}`;
}

const problem = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/**
 * Request size, and a token bucket per key (or client address): ratePerMinute requests a
 * minute, bursts up to the same number. Per process: each copy behind a load balancer counts
 * its own share.
 */
export function useRequestLimits(config: SecurityConfig): Plugin {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    onRequest({ request, serverContext, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > config.maxBodyBytes) {
        return endResponse(
          problem(
            413,
            'PAYLOAD_TOO_LARGE',
            `The request body is larger than ${config.maxBodyBytes} bytes.`,
          ),
        );
      }
      if (config.ratePerMinute === 0 || !new URL(request.url).pathname.endsWith('/graphql')) return;
      const key = limitKey(request, serverContext);
      const now = Date.now();
      const b = buckets.get(key) ?? { tokens: config.ratePerMinute, at: now };
      b.tokens = Math.min(
        config.ratePerMinute,
        b.tokens + ((now - b.at) / 60_000) * config.ratePerMinute,
      );
      b.at = now;
      if (b.tokens < 1) {
        const wait = Math.ceil(((1 - b.tokens) / config.ratePerMinute) * 60);
        buckets.set(key, b);
        return endResponse(
          problem(429, 'RATE_LIMITED', `Too many requests; retry in ${wait} s.`, {
            'retry-after': String(wait),
          }),
        );
      }
      b.tokens -= 1;
      if (buckets.size > 100_000) buckets.clear();
      buckets.set(key, b);
    },
  };
}

/** Query limits: depth, cost, aliases, directives and tokens (graphql-armor). */
export function queryLimits(config: SecurityConfig): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: 12 },
      costLimit: { maxCost: 20_000 },
      maxAliases: { n: 20 },
      maxDirectives: { n: 20 },
      maxTokens: { n: 3000 },
      // Field suggestions leak the schema when introspection is off.
      blockFieldSuggestion: { enabled: !config.introspection },
    }) as Plugin,
    ...(config.introspection ? [] : [useDisableIntrospection() as Plugin]),
  ];
}
