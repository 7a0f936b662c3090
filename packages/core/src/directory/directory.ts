import { match } from 'ts-pattern';
import { ZwgkError } from '../errors.js';
import { type Directory, DirectorySchema, type DirectoryUnit } from '../model/directory.js';
import { normalizeUnitName } from '../text/normalize.js';

/**
 * What a name stands for in a {@link DirectoryIndex}: one concrete unit, a group of units, or
 * nothing the directory knows (the name is then kept as printed, normalised).
 *
 * @category Directory
 * @example
 * ```ts
 * const hit: UnitMatch = { kind: 'group', name: '县区政府', members: ['砀山县人民政府', '萧县人民政府'] };
 * ```
 */
export type UnitMatch =
  | { kind: 'unit'; name: string }
  | { kind: 'group'; name: string; members: readonly string[] }
  | { kind: 'unknown'; name: string };

/**
 * A directory made ready for lookups, built once by {@link createDirectory}. Every lookup
 * normalises the name first (script, brackets, spaces, role words), then tries the unit names and
 * aliases, the group names and aliases, and finally forms derived from the names (`砀山县人民政府`
 * also answers to `砀山县政府` and `砀山县`; `市财政局（国资委）` to `市财政局`; `市政府各部门` to
 * `市政府部门`) when only one unit or group has that form.
 *
 * @category Directory
 * @example
 * ```ts
 * const dir = createDirectory({ units: [{ name: '砀山县人民政府', aliases: [], memberOf: ['县区政府'] }], groups: [] });
 * dir.resolveUnit('砀山县政府')?.name; // '砀山县人民政府'
 * dir.membersOf('县区政府').map((u) => u.name); // ['砀山县人民政府']
 * ```
 */
export interface DirectoryIndex {
  /** The concrete units, in directory order. */
  readonly units: readonly DirectoryUnit[];
  /** The canonical group names, in the order they were first seen. */
  readonly groups: readonly string[];
  /** The concrete unit a name stands for, or undefined (groups are not units). */
  resolveUnit(name: string): DirectoryUnit | undefined;
  /** The canonical name of the group a name stands for, or undefined. */
  resolveGroup(name: string): string | undefined;
  /** Whether a name stands for a group. */
  isGroup(name: string): boolean;
  /** The concrete units of a group, following groups within groups; empty for an unknown group. */
  membersOf(group: string): readonly DirectoryUnit[];
  /** The canonical names of every group a unit belongs to, directly or through other groups. */
  groupsOf(unit: string): readonly string[];
  /** What a name (as a plan or ledger prints it) stands for. */
  match(name: string): UnitMatch;
}

// Forms a name is also known by, derived from its shape. Only used when unambiguous.
function derivedUnitForms(key: string): string[] {
  const forms: string[] = [];
  const gov = /^(.+?[省市县区旗州盟])人民政府$/.exec(key);
  if (gov) forms.push(`${gov[1]}政府`, gov[1] as string);
  const shortGov = /^(.+?[省市县区旗州盟])政府$/.exec(key);
  if (shortGov) forms.push(shortGov[1] as string);
  // 市财政局（国资委） is also printed as 市财政局.
  const bracket = /^(.+)（[^（）]+）$/.exec(key);
  if (bracket) forms.push(bracket[1] as string);
  return forms.filter((form) => form.length >= 2 && form !== key);
}

function derivedGroupForms(key: string): string[] {
  const forms = [key.replace(/^各/, ''), key.replace(/各(?=部门|单位|直属机构|科室|有关部门)/g, '')];
  return forms.filter((form) => form.length >= 2 && form !== key);
}

/**
 * Indexes a {@link Directory} for lookups by name. The input is checked with `DirectorySchema`
 * (defaults filled in); a malformed directory is a programmer error and throws.
 *
 * @param directory - the directory (`{units, groups?}`), e.g. read from `directory.json`
 * @param options - `unitAliases`: more names for units or groups, keyed by their canonical name
 *   (what plugins contribute)
 * @returns a {@link DirectoryIndex}
 * @throws {@link ZwgkError} `invalid-argument` when the directory does not match the schema
 * @category Directory
 * @example
 * ```ts
 * import { createDirectory } from '@zwgk/core';
 *
 * const dir = createDirectory({
 *   units: [
 *     { name: '砀山县人民政府', aliases: ['砀山县政府', '砀山县'], memberOf: ['县区政府'] },
 *     { name: '市数据资源局', memberOf: ['市政府部门'] },
 *   ],
 *   groups: [{ name: '市政府部门', aliases: ['市政府各部门'] }],
 * });
 * dir.resolveUnit('碭山縣人民政府')?.name; // '砀山县人民政府'
 * dir.isGroup('市政府各部门'); // true
 * dir.groupsOf('砀山县'); // ['县区政府']
 * ```
 */
export function createDirectory(
  directory: Directory | { units: unknown[]; groups?: unknown[] },
  options: { unitAliases?: Readonly<Record<string, readonly string[]>> } = {},
): DirectoryIndex {
  const parsed = DirectorySchema.safeParse(directory);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ZwgkError(
      'invalid-argument',
      `invalid directory at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'does not match the schema'}`,
      { details: { issues: parsed.error.issues } },
    );
  }
  const units = parsed.data.units.map((u) => ({ ...u, name: normalizeUnitName(u.name) }));
  const unitByKey = new Map<string, DirectoryUnit>();
  const groupByKey = new Map<string, string>();
  const groupParents = new Map<string, Set<string>>();
  const groupNames: string[] = [];

  const addGroup = (name: string): string => {
    const key = normalizeUnitName(name);
    const known = groupByKey.get(key);
    if (known) return known;
    groupByKey.set(key, key);
    groupNames.push(key);
    return key;
  };
  // Groups first, with their aliases, so that memberOf names resolve through aliases.
  for (const group of parsed.data.groups) addGroup(group.name);
  for (const group of parsed.data.groups) {
    const name = groupByKey.get(normalizeUnitName(group.name)) as string;
    for (const alias of group.aliases) {
      const key = normalizeUnitName(alias);
      if (!groupByKey.has(key)) groupByKey.set(key, name);
    }
  }
  for (const group of parsed.data.groups) {
    const name = groupByKey.get(normalizeUnitName(group.name)) as string;
    const parents = groupParents.get(name) ?? new Set<string>();
    for (const parent of group.memberOf) parents.add(addGroup(parent));
    groupParents.set(name, parents);
  }
  for (const unit of units) {
    unit.memberOf = unit.memberOf.map(addGroup);
    unitByKey.set(unit.name, unit);
  }
  for (const unit of units) {
    for (const alias of unit.aliases) {
      const key = normalizeUnitName(alias);
      if (!unitByKey.has(key)) unitByKey.set(key, unit);
    }
  }
  for (const [canonical, aliases] of Object.entries(options.unitAliases ?? {})) {
    const key = normalizeUnitName(canonical);
    const unit = unitByKey.get(key);
    const group = groupByKey.get(key);
    for (const alias of aliases) {
      const aliasKey = normalizeUnitName(alias);
      if (unit && !unitByKey.has(aliasKey)) unitByKey.set(aliasKey, unit);
      else if (group && !groupByKey.has(aliasKey)) groupByKey.set(aliasKey, group);
    }
  }
  // Derived forms: kept only when exactly one unit (or group) derives them and no name has them.
  const derivedUnits = new Map<string, DirectoryUnit | null>();
  for (const unit of units) {
    for (const form of [unit.name, ...unit.aliases.map(normalizeUnitName)].flatMap(derivedUnitForms)) {
      if (unitByKey.has(form) || groupByKey.has(form)) continue;
      const seen = derivedUnits.get(form);
      derivedUnits.set(form, seen === undefined || seen === unit ? unit : null);
    }
  }
  for (const [form, unit] of derivedUnits) if (unit) unitByKey.set(form, unit);
  const derivedGroups = new Map<string, string | null>();
  for (const [key, name] of [...groupByKey]) {
    for (const form of derivedGroupForms(key)) {
      if (groupByKey.has(form) || unitByKey.has(form)) continue;
      const seen = derivedGroups.get(form);
      derivedGroups.set(form, seen === undefined || seen === name ? name : null);
    }
  }
  for (const [form, name] of derivedGroups) if (name) groupByKey.set(form, name);

  // Transitive closure of group membership, computed once per group.
  const ancestors = new Map<string, readonly string[]>();
  const ancestorsOf = (group: string): readonly string[] => {
    const done = ancestors.get(group);
    if (done) return done;
    const out: string[] = [];
    const seen = new Set<string>([group]);
    const queue = [group];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      for (const parent of groupParents.get(next) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        out.push(parent);
        queue.push(parent);
      }
    }
    ancestors.set(group, out);
    return out;
  };
  const unitGroups = new Map<DirectoryUnit, readonly string[]>();
  const members = new Map<string, DirectoryUnit[]>();
  for (const unit of units) {
    const all: string[] = [];
    for (const group of unit.memberOf) {
      for (const g of [group, ...ancestorsOf(group)]) if (!all.includes(g)) all.push(g);
    }
    unitGroups.set(unit, all);
    for (const g of all) {
      const list = members.get(g) ?? [];
      list.push(unit);
      members.set(g, list);
    }
  }

  const resolveUnit = (name: string): DirectoryUnit | undefined => unitByKey.get(normalizeUnitName(name));
  const resolveGroup = (name: string): string | undefined => {
    const key = normalizeUnitName(name);
    // A unit's own name wins over a derived group form.
    return groupByKey.get(key);
  };
  const index: DirectoryIndex = {
    units,
    groups: groupNames,
    resolveUnit,
    resolveGroup,
    isGroup: (name) => resolveGroup(name) !== undefined,
    membersOf: (group) => {
      const name = resolveGroup(group);
      return name ? (members.get(name) ?? []) : [];
    },
    groupsOf: (unit) => {
      const found = resolveUnit(unit);
      return found ? (unitGroups.get(found) ?? []) : [];
    },
    match: (name) => {
      const unit = resolveUnit(name);
      if (unit) return { kind: 'unit', name: unit.name };
      const group = resolveGroup(name);
      if (group) return { kind: 'group', name: group, members: (members.get(group) ?? []).map((u) => u.name) };
      return { kind: 'unknown', name: normalizeUnitName(name) };
    },
  };
  return Object.freeze(index);
}

/**
 * The concrete unit names a name printed in a plan stands for: the members of a group, the
 * canonical name of a unit, or the name itself (normalised) when the directory does not know it —
 * so a unit missing from the directory still keeps its obligations under its plan name.
 *
 * @param directory - an index from {@link createDirectory}
 * @param name - a unit or group name as printed
 * @returns the concrete unit names, in directory order
 * @category Directory
 * @example
 * ```ts
 * import { createDirectory, expandUnit } from '@zwgk/core';
 *
 * const dir = createDirectory({ units: [{ name: '萧县人民政府', memberOf: ['县区政府'] }] });
 * expandUnit(dir, '县区政府'); // ['萧县人民政府']
 * expandUnit(dir, '萧县'); // ['萧县人民政府']
 * expandUnit(dir, '市档案馆'); // ['市档案馆']
 * ```
 */
export function expandUnit(directory: DirectoryIndex, name: string): string[] {
  return match(directory.match(name))
    .with({ kind: 'group' }, (hit) => [...hit.members])
    .with({ kind: 'unit' }, { kind: 'unknown' }, (hit) => [hit.name])
    .exhaustive();
}
