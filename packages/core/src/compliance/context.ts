import type { WorkingCalendar } from '../calendar/calendar.js';
import type { DirectoryIndex } from '../directory/directory.js';
import type { Location } from '../model/common.js';
import type { Obligation, ObligationState, TrafficLight } from '../model/compliance.js';
import type { Deadline } from '../model/deadline.js';
import type { EntryStatus, Ledger, LedgerEntry } from '../model/ledger.js';
import type { Plan, Role, Task } from '../model/plan.js';

/**
 * A ledger entry with the ledger it was read from, so that findings can say where it came from.
 *
 * @category Compliance
 * @example
 * ```ts
 * const located: LocatedEntry = { entry, ledger, location: { file: '萧县台账.xlsx', sheet: '台账', row: 7 } };
 * ```
 */
export interface LocatedEntry {
  readonly entry: LedgerEntry;
  readonly ledger: Ledger;
  /** `file`, `sheet` and `row` of the entry (from the entry, else its ledger's source). */
  readonly location: Location;
}

/**
 * Everything a concrete unit sent: its ledgers (a unit may send several files or sheets), the
 * earliest publication date among them, and its entries by task number.
 *
 * @category Compliance
 * @example
 * ```ts
 * const mine = ctx.ledgerOf('萧县人民政府');
 * mine?.entriesByTask.get('3')?.length;
 * ```
 */
export interface UnitLedgers {
  readonly unit: string;
  readonly ledgers: readonly Ledger[];
  /** The earliest `publishedAt` of the unit's ledgers, if any says. */
  readonly publishedAt?: string;
  /** Entries keyed by the plan's task number (as printed in the plan). */
  readonly entriesByTask: ReadonlyMap<string, readonly LocatedEntry[]>;
}

/**
 * One obligation as rules see it: the {@link Obligation} of the result plus the task, the unit's
 * entries for it, and what the engine derived from them (aggregated status, latest completion
 * date, real evidence, last update).
 *
 * @category Compliance
 * @example
 * ```ts
 * for (const o of ctx.obligations) if (o.state === 'overdue') console.log(o.unit, o.task.number);
 * ```
 */
export interface ObligationContext {
  readonly obligation: Obligation;
  readonly task: Task;
  readonly unit: string;
  readonly role: Role;
  readonly via?: string;
  /** The resolved, inclusive due date, or null (continuous, recurring, none). */
  readonly due: string | null;
  /** The unit's entries for the task, in ledger order. */
  readonly entries: readonly LocatedEntry[];
  /** The unit's ledgers, or undefined when it sent none. */
  readonly ledger: UnitLedgers | undefined;
  /** The entries' statuses folded into one (all done → done …), or null without entries. */
  readonly status: EntryStatus | null;
  /** The latest `completedOn` of the done entries. */
  readonly completedOn?: string;
  /** Evidence items that say something (`无`, `暂无`, `/` are not evidence). */
  readonly evidence: readonly string[];
  /** The latest `updatedOn` of the entries, else the ledger's `publishedAt`. */
  readonly lastUpdate?: string;
  readonly state: ObligationState;
  readonly light: TrafficLight;
  /** Where the entry that decides the state is (the first not-done entry, else the latest done one). */
  readonly location?: Location;
}

/**
 * The settings a check ran with, defaults filled in.
 *
 * @category Compliance
 * @example
 * ```ts
 * ctx.settings.dueSoonDays; // 10
 * ```
 */
export interface CheckSettings {
  readonly dueSoonDays: number;
  readonly ledgerDueDays: number;
  readonly staleAfterDays: number;
  /** When units' ledgers were due: the plan's own requirement (task 27 of the seed), else issued + `ledgerDueDays`. */
  readonly ledgerDue: string | null;
  /** Where `ledgerDue` came from: the plan task that requires it, or `'option'`. */
  readonly ledgerDueFrom: { taskNumber: string } | 'option' | null;
}

/**
 * What a rule's `check` receives: the plan, the directory, the ledgers, the date of the check,
 * every obligation with its entries and state, the ledgers the engine could not place, and
 * helpers. Rules must treat it as read-only.
 *
 * @category Compliance
 * @example
 * ```ts
 * const rule: Rule = {
 *   id: 'two-evidence',
 *   severity: 'warning',
 *   check: (ctx) => ctx.obligations.filter((o) => o.status === 'done' && o.evidence.length < 2).map((o) => ({
 *     unit: o.unit, taskNumber: o.task.number, message: '佐证材料少于2项', messageEn: 'Fewer than two pieces of evidence',
 *   })),
 * };
 * ```
 */
export interface RuleContext {
  readonly plan: Plan;
  readonly directory: DirectoryIndex;
  readonly ledgers: readonly Ledger[];
  readonly asOf: string;
  readonly settings: CheckSettings;
  readonly calendar: WorkingCalendar;
  readonly obligations: readonly ObligationContext[];
  /** Ledgers whose unit is neither in the directory nor named by the plan. */
  readonly unknownLedgers: readonly Ledger[];
  /** Entries whose task number is not a task of the plan (ledgers of known units only). */
  readonly unmatchedEntries: readonly LocatedEntry[];
  /** The plan task with this number (as printed, `03`, `3.` and `三` also match `3`). */
  taskByNumber(number: string | null): Task | undefined;
  /** The ledgers a concrete unit sent (by any of its names). */
  ledgerOf(unit: string): UnitLedgers | undefined;
  /** Working days d with from < d ≤ to on the check's calendar (negative when to < from). */
  workingDaysBetween(from: string, to: string): number;
  /** The task's deadline as the check reads it (a plugin phrase may read one the parser could not). */
  deadlineOf(task: Task): Deadline;
  /** The unit names with at least one obligation, in plan order. */
  readonly obligedUnits: readonly string[];
  /**
   * Groups the plan names (`各乡镇`, `市直有关单位`) whose members the directory does not list,
   * so their tasks cannot be checked unit by unit. A group such as `市政府有关部门` whose wider
   * group (`市政府部门`) is in the directory is not here: its members who report the task are held
   * to it.
   */
  readonly unexpandedGroups: readonly string[];
}
