import {
  Kind,
  type FieldNode,
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
export const fieldsBelow = (info: GraphQLResolveInfo, names: ReadonlySet<string>): FieldNode[] =>
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
