// Who may do what, and how much: API keys with roles, query limits (graphql-armor), request
// size and rate limits, GraphiQL and introspection switches. Open access exists only behind
// AUTH=open, the local-development setting `npm start` uses.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { MapperKind, collectFields, getDirective, mapSchema } from '@graphql-tools/utils';
import {
  GraphQLError,
  Kind,
  defaultFieldResolver,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
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
  /** The API key's id, or `open` without keys. */
  id: string;
  role: Role;
  /** The API key's name; null without keys. */
  name: string | null;
  /** False without keys (AUTH=open): nobody in particular. */
  keyed: boolean;
}

const rank = (r: Role) => ROLES.indexOf(r);

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
  if (config.auth === 'open') return { id: 'open', role: 'admin', name: null, keyed: false };
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
  return { ...info, keyed: true };
}

/**
 * Wraps every field that has a role (from `@auth` in the SDL, on the field or its type) so that
 * it refuses a caller without it where it resolves: however a document reaches a field, it
 * cannot run without the check. A root field without a role stops the service at start-up.
 */
export function withRoles(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (t) => t?.name,
    ),
  );
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const coordinate = `${typeName}.${fieldName}`;
      const need = declaredRole(schema, field) ?? declaredRole(schema, schema.getType(typeName)!);
      if (!need) {
        if (roots.has(typeName)) throw new Error(`${coordinate} has no @auth role`);
        return field;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        extensions: { ...field.extensions, role: need },
        resolve: (source, args, context: { principal: Principal }, info) => {
          assertRole(context.principal, need, coordinate);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

function declaredRole(schema: GraphQLSchema, node: Parameters<typeof getDirective>[1]) {
  const requires = getDirective(schema, node, 'auth')?.[0]?.requires as string | undefined;
  return requires?.toLowerCase() as Role | undefined;
}

/** Refuses (403 FORBIDDEN) a caller whose role is below `need`; `what` names what was asked. */
export function assertRole(principal: Principal, need: Role, what: string) {
  if (rank(principal.role) < rank(need))
    throw error(
      403,
      'FORBIDDEN',
      `${what} needs the ${need} role; the API key has ${principal.role}.`,
    );
}

/**
 * Refuses an operation before anything runs when a root field it would run needs a role the
 * caller lacks, so that a mutation is not half done when its third field is refused. It
 * collects fields as execution does (fragments, @include/@skip with the request's variables);
 * the check in each field's resolver stays the one that cannot be bypassed.
 */
export function useRoles(): Plugin<{ principal: Principal }> {
  return {
    onExecute({ args }) {
      const document = args.document as DocumentNode;
      const operation = getOperationAST(document, args.operationName);
      const root = operation && args.schema.getRootType(operation.operation);
      if (!operation || !root) return;
      const variables = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      // Execution reports bad variables itself, before any resolver runs.
      if (!variables.coerced) return;
      const fragments = Object.fromEntries(
        document.definitions
          .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      const { fields, patches } = collectFields(
        args.schema,
        fragments,
        // The shape @graphql-tools/utils takes on graphql 16 and 17 alike.
        { coerced: variables.coerced, sources: {} },
        root,
        operation.selectionSet,
      );
      const names = [fields, ...patches.map((p) => p.fields)].flatMap((m) =>
        [...m.values()].map((nodes) => nodes[0]!.name.value),
      );
      const { principal } = args.contextValue;
      for (const name of new Set(names)) {
        const need = root.getFields()[name]?.extensions.role as Role | undefined;
        if (need) assertRole(principal, need, `${root.name}.${name}`);
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
 * minute, bursts up to the same number, shared by every path `limited` names (those that ask
 * the database: /graphql and the provenance pictures). Per process: each copy behind a load
 * balancer counts its own share.
 */
export function useRequestLimits(
  config: SecurityConfig,
  limited: (pathname: string) => boolean,
): Plugin {
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
      if (config.ratePerMinute === 0 || !limited(new URL(request.url).pathname)) return;
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

/**
 * graphql-armor's refusals carry no code; each gets one of its own, so that a client can tell a
 * query it must make smaller from one it wrote wrong.
 */
const coded = (code: string) => ({
  onReject: [
    (_: unknown, error: GraphQLError) => {
      (error.extensions as Record<string, unknown>).code = code;
    },
  ],
});

/** Query limits: depth, cost, aliases, directives and tokens (graphql-armor). */
export function queryLimits(config: SecurityConfig): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: 12, ...coded('QUERY_TOO_DEEP') },
      costLimit: { maxCost: 20_000, ...coded('QUERY_TOO_COSTLY') },
      maxAliases: { n: 20, ...coded('TOO_MANY_ALIASES') },
      maxDirectives: { n: 20, ...coded('TOO_MANY_DIRECTIVES') },
      maxTokens: { n: 3000, ...coded('TOO_MANY_TOKENS') },
      // Field suggestions leak the schema when introspection is off.
      blockFieldSuggestion: { enabled: !config.introspection },
    }) as Plugin,
    ...(config.introspection ? [] : [useDisableIntrospection() as Plugin]),
  ];
}
