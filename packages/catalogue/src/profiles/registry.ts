import { ZwgkError } from '@zwgk/core';
import type { CatalogueProfile } from '../model.js';
import { nationalProfile } from './national.js';

const registry = new Map<string, CatalogueProfile>([[nationalProfile.name, nationalProfile]]);

/**
 * Checks that a value is a well-formed {@link CatalogueProfile} and returns it; a malformed one
 * throws `ZwgkError` `invalid-plugin` naming the profile and the bad field.
 *
 * @param profile - the profile object
 * @returns the same profile, typed
 * @category Profiles
 * @example
 * ```ts
 * const county = defineProfile({ ...nationalProfile, name: 'my-county', interpretationDocTypes: ['规范性文件', '政策措施'] });
 * ```
 */
export function defineProfile(profile: CatalogueProfile): CatalogueProfile {
  const where = `catalogue profile ${JSON.stringify((profile as { name?: unknown })?.name ?? '(unnamed)')}`;
  const fail = (what: string) => {
    throw new ZwgkError('invalid-plugin', `${where}: ${what}`, { details: { profile: profile?.name } });
  };
  if (typeof profile !== 'object' || profile === null) fail('is not an object');
  if (typeof profile.name !== 'string' || !/^[\w.-]+$/.test(profile.name)) fail('name must be a word like "anhui"');
  if (!Array.isArray(profile.requiredColumns)) fail('requiredColumns must be an array');
  profile.requiredColumns.forEach((c, i) => {
    if (typeof c?.id !== 'string' || typeof c.label !== 'string' || typeof c.labelEn !== 'string')
      fail(`requiredColumns[${i}] needs id, label and labelEn strings`);
    if (!Array.isArray(c.names)) fail(`requiredColumns[${i}].names must be an array of strings`);
  });
  if (
    !Array.isArray(profile.interpretationDocTypes) ||
    profile.interpretationDocTypes.some((t) => typeof t !== 'string')
  )
    fail('interpretationDocTypes must be an array of strings');
  (profile.rules ?? []).forEach((r, i) => {
    if (typeof r?.id !== 'string' || typeof r.create !== 'function')
      fail(`rules[${i}] needs an id and a create function`);
  });
  return profile;
}

/**
 * Makes a profile available by name (to `options.profile` and `zwgk catalogue validate
 * --profile`). A later registration under the same name replaces the earlier one.
 *
 * @param profile - the profile
 * @returns the checked profile
 * @category Profiles
 * @example
 * ```ts
 * registerProfile({ ...nationalProfile, name: 'suzhou', settings: { interpretationWorkingDays: 5 } });
 * await validateCatalogue(catalogue, { asOf: '2024-12-31', profile: 'suzhou' });
 * ```
 */
export function registerProfile(profile: CatalogueProfile): CatalogueProfile {
  const checked = defineProfile(profile);
  registry.set(checked.name, checked);
  return checked;
}

/**
 * Finds a registered profile; an unknown name throws `ZwgkError` `not-found` listing the
 * known ones.
 *
 * @param name - the profile name
 * @returns the profile
 * @category Profiles
 * @example
 * ```ts
 * getProfile('national').interpretationDocTypes; // ['规范性文件']
 * ```
 */
export function getProfile(name: string): CatalogueProfile {
  const profile = registry.get(name);
  if (!profile)
    throw new ZwgkError('not-found', `unknown catalogue profile "${name}"; known: ${listProfiles().join(', ')}`, {
      details: { name },
    });
  return profile;
}

/**
 * The names of the registered profiles.
 *
 * @returns profile names, sorted
 * @category Profiles
 * @example
 * ```ts
 * listProfiles(); // ['national']
 * ```
 */
export function listProfiles(): string[] {
  return [...registry.keys()].sort();
}
