import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields directly in `set` (through fragments too); @skip and @include are not evaluated. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments): FieldNode[] {
  const seen = new Set<string>();
  const walk = (s: SelectionSetNode | undefined): FieldNode[] =>
    (s?.selections ?? []).flatMap((x) => {
      if (x.kind === Kind.FIELD) return [x];
      if (x.kind === Kind.INLINE_FRAGMENT) return walk(x.selectionSet);
      if (seen.has(x.name.value)) return [];
      seen.add(x.name.value);
      return walk(fragments[x.name.value]?.selectionSet);
    });
  return walk(set);
}

/**
 * Whether the field being resolved selects any of `names` directly below it, through fragments
 * too (asking counts, whatever @skip or @include say). For fetching a level with its parent when
 * the query will ask for it anyway.
 */
export function selects(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  return fieldsBelow(info, names).length > 0;
}

/** The selections of `names` directly below the field being resolved, with their arguments. */
const fieldsBelow = (info: GraphQLResolveInfo, names: ReadonlySet<string>): FieldNode[] =>
  info.fieldNodes
    .flatMap((node) => fieldsOf(node.selectionSet, info.fragments))
    .filter((f) => names.has(f.name.value));

/** Whether `name` is selected anywhere below `nodes`: a column a store can leave out otherwise. */
export function selectsAnywhere(
  nodes: readonly FieldNode[],
  fragments: Fragments,
  name: string,
): boolean {
  return nodes.some((node) =>
    fieldsOf(node.selectionSet, fragments).some(
      (f) => f.name.value === name || selectsAnywhere([f], fragments, name),
    ),
  );
}

/**
 * Each selection of `field` directly below the field being resolved, by response key (the
 * selections under one key are merged into one field), with the arguments it will be resolved
 * with on `type`: for fetching it with its parent. A selection whose arguments or `keyOf` fail
 * is left out: the field itself reports that, where it belongs.
 */
export function selectionKeys<K>(
  info: GraphQLResolveInfo,
  type: string,
  field: string,
  keyOf: (args: Record<string, unknown>, nodes: FieldNode[]) => K,
): K[] {
  const byKey = new Map<string, FieldNode[]>();
  for (const n of fieldsBelow(info, new Set([field]))) {
    const key = (n.alias ?? n.name).value;
    byKey.set(key, [...(byKey.get(key) ?? []), n]);
  }
  const definition = (
    info.schema.getType(type) as GraphQLObjectType | GraphQLInterfaceType
  ).getFields()[field]!;
  return [...byKey.values()].flatMap((nodes) => {
    try {
      return [keyOf(getArgumentValues(definition, nodes[0]!, info.variableValues), nodes)];
    } catch {
      return [];
    }
  });
}
