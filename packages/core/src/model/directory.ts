import { z } from 'zod';

/**
 * A concrete unit of a directory: its full name, the other names plans and ledgers use for it,
 * and the groups it belongs to (`县区政府`, `市政府部门` …).
 *
 * @category Model
 * @example
 * ```ts
 * DirectoryUnitSchema.parse({ name: '砀山县人民政府', aliases: ['砀山县政府', '砀山县'], memberOf: ['县区政府'] });
 * ```
 */
export const DirectoryUnitSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  memberOf: z.array(z.string()).default([]),
});

/**
 * The `DirectoryUnit` type, inferred from {@link DirectoryUnitSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DirectoryUnitSchema, type DirectoryUnit } from '@zwgk/core';
 * const value: DirectoryUnit = DirectoryUnitSchema.parse(input);
 * ```
 */
export type DirectoryUnit = z.infer<typeof DirectoryUnitSchema>;

/**
 * A group named in plans, with other names for it (`市政府各部门` for `市政府部门`). Groups also
 * come into being by being named in a unit's `memberOf`.
 *
 * @category Model
 * @example
 * ```ts
 * DirectoryGroupSchema.parse({ name: '市政府部门', aliases: ['市政府各部门', '市直各部门'] });
 * ```
 */
export const DirectoryGroupSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  memberOf: z.array(z.string()).default([]),
});

/**
 * The `DirectoryGroup` type, inferred from {@link DirectoryGroupSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DirectoryGroupSchema, type DirectoryGroup } from '@zwgk/core';
 * const value: DirectoryGroup = DirectoryGroupSchema.parse(input);
 * ```
 */
export type DirectoryGroup = z.infer<typeof DirectoryGroupSchema>;

/**
 * The unit directory: which concrete units exist and which groups they form, so that an
 * obligation of `县区政府` becomes one obligation per county.
 *
 * @category Model
 * @example
 * ```ts
 * DirectorySchema.parse({
 *   units: [{ name: '砀山县人民政府', aliases: ['砀山县政府', '砀山县'], memberOf: ['县区政府'] }],
 * });
 * ```
 */
export const DirectorySchema = z.object({
  units: z.array(DirectoryUnitSchema),
  groups: z.array(DirectoryGroupSchema).default([]),
});

/**
 * The `Directory` type, inferred from {@link DirectorySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { DirectorySchema, type Directory } from '@zwgk/core';
 * const value: Directory = DirectorySchema.parse(input);
 * ```
 */
export type Directory = z.infer<typeof DirectorySchema>;
