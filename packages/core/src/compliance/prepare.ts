import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { match } from 'ts-pattern';
import { addWorkingDays, type WorkingCalendar, workingDaysBetween } from '../calendar/index.js';
import { parseDeadline, resolveDeadline } from '../deadline/index.js';
import type { DirectoryIndex } from '../directory/directory.js';
import type { Location } from '../model/common.js';
import type { Obligation, ObligationState, TrafficLight } from '../model/compliance.js';
import type { Deadline } from '../model/deadline.js';
import type { EntryStatus, Ledger, LedgerEntry } from '../model/ledger.js';
import type { Plan, Role, Task } from '../model/plan.js';
import type { ZwgkPlugin } from '../plugin.js';
import { normalizeUnitName } from '../text/normalize.js';
import type { CheckSettings, LocatedEntry, ObligationContext, RuleContext, UnitLedgers } from './context.js';
import { locateEntry } from './messages.js';
import { taskNumberKey } from './task-number.js';

const ROLE_RANK: Record<Role, number> = { lead: 3, responsible: 2, cooperate: 1 };
const ROLE_BY_RANK: readonly (Role | undefined)[] = [undefined, 'cooperate', 'responsible', 'lead'];

// Evidence cells that say there is none.
const NO_EVIDENCE = /^(无|暂无|没有|未提供|待补充|待上传|待提供|略|空|不适用|n\/?a|none|null|[-—–_/\\.。、·]+)$/i;

/** Evidence items that say something. */
export function realEvidence(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '' && !NO_EVIDENCE.test(item));
}

/** Whether any of the entries gives real evidence (without building the list). */
export function hasRealEvidence(entries: readonly LocatedEntry[]): boolean {
  for (const { entry } of entries) {
    for (const item of entry.evidence) {
      const text = item.trim();
      if (text !== '' && !NO_EVIDENCE.test(text)) return true;
    }
  }
  return false;
}

const NO_ENTRIES: readonly LocatedEntry[] = Object.freeze([]);

// The entries of one (unit, task): most often one, kept without an array (a province has hundreds
// of thousands of them); rules get a fresh array, which dies young.
type Slot = Located | Located[] | undefined;
const slotEntries = (slot: Slot): readonly LocatedEntry[] =>
  slot === undefined ? NO_ENTRIES : Array.isArray(slot) ? slot : [slot];

// A unit's ledgers as rules see them; the per-task map of arrays is made only if a rule asks.
class UnitLedgerView implements UnitLedgers {
  #byTask: ReadonlyMap<string, readonly LocatedEntry[]> | undefined;
  constructor(
    readonly unit: string,
    readonly ledgers: readonly Ledger[],
    readonly publishedAt: string | undefined,
    readonly slots: ReadonlyMap<string, Located | Located[]>,
  ) {}
  get entriesByTask(): ReadonlyMap<string, readonly LocatedEntry[]> {
    this.#byTask ??= new Map([...this.slots].map(([task, slot]) => [task, slotEntries(slot)]));
    return this.#byTask;
  }
}
const NO_EVIDENCE_ITEMS: readonly string[] = Object.freeze([]);

// An entry with its ledger; the location is made when a rule asks for it.
class Located implements LocatedEntry {
  #location: Location | undefined;
  constructor(
    readonly entry: LedgerEntry,
    readonly ledger: Ledger,
  ) {}
  get location(): Location {
    this.#location ??= locateEntry(this.entry, this.ledger);
    return this.#location;
  }
}

// One obligation, as the result carries it and as rules see it, in ONE object (a province has
// hundreds of thousands): its own enumerable fields are exactly the Obligation of the result (so JSON
// and structuredClone give the plain Obligation), while the task, entries and ledger that rules
// need live in private fields behind getters.
class ObligationRecord implements Obligation, ObligationContext {
  readonly taskId: string;
  readonly taskNumber: string;
  readonly sectionId: string | null;
  readonly unit: string;
  readonly role: Role;
  readonly via: string | undefined;
  readonly due: string | null;
  readonly entryStatus: EntryStatus | null;
  readonly progress: number | undefined;
  readonly completedOn: string | undefined;
  readonly state: ObligationState;
  readonly light: TrafficLight;
  readonly location: Location | undefined;
  readonly #task: Task;
  readonly #entries: Slot;
  readonly #ledger: UnitLedgers | undefined;
  readonly #lastUpdate: string | undefined;

  constructor(
    task: Task,
    unit: string,
    role: Role,
    via: string | undefined,
    due: string | null,
    status: EntryStatus | null,
    progress: number | undefined,
    completedOn: string | undefined,
    state: ObligationState,
    light: TrafficLight,
    location: Location | undefined,
    entries: Slot,
    ledger: UnitLedgers | undefined,
    lastUpdate: string | undefined,
  ) {
    this.taskId = task.id;
    this.taskNumber = task.number;
    this.sectionId = task.sectionId;
    this.unit = unit;
    this.role = role;
    this.via = via;
    this.due = due;
    this.entryStatus = status;
    this.progress = progress;
    this.completedOn = completedOn;
    this.state = state;
    this.light = light;
    this.location = location;
    this.#task = task;
    this.#entries = entries;
    this.#ledger = ledger;
    this.#lastUpdate = lastUpdate;
  }
  get obligation(): Obligation {
    return this;
  }
  get task(): Task {
    return this.#task;
  }
  get entries(): readonly LocatedEntry[] {
    return slotEntries(this.#entries);
  }
  get ledger(): UnitLedgers | undefined {
    return this.#ledger;
  }
  get lastUpdate(): string | undefined {
    return this.#lastUpdate;
  }
  get status(): EntryStatus | null {
    return this.entryStatus;
  }
  get evidence(): readonly string[] {
    const items = this.entries.flatMap((e) => realEvidence(e.entry.evidence));
    return items.length === 0 ? NO_EVIDENCE_ITEMS : items;
  }
}

/** Settings of a check after defaults, before the ledger due date is known. */
export interface PrepareOptions {
  asOf: string;
  dueSoonDays: number;
  ledgerDueDays: number;
  staleAfterDays: number;
  calendar: WorkingCalendar;
  outsideRange: 'error' | 'weekends';
  plugins: readonly ZwgkPlugin[];
}

/** What preparing a check produced: the rule context and problems met on the way. */
export interface Prepared {
  ctx: RuleContext;
  /** Calendar or deadline errors met while computing states (reported as `rule-error`). */
  problems: { rule: string; message: string }[];
}

/** The ledger due date: the plan's own relative requirement about the ledger, else issued + days. */
function ledgerDueOf(
  plan: Plan,
  options: PrepareOptions,
): { date: string | null; from: CheckSettings['ledgerDueFrom'] } {
  const base = plan.issued ?? plan.published ?? plan.written ?? null;
  if (base === null) return { date: null, from: null };
  for (const task of plan.tasks) {
    for (const req of task.requirements) {
      if (req.kind !== 'relative') continue;
      if (!/台账/.test(`${req.what}${req.raw}`) && !/台账/.test(task.text)) continue;
      const from = req.from === 'published' ? (plan.published ?? base) : base;
      const date =
        req.dayKind === 'working'
          ? addWorkingDays(from, req.days, { calendar: options.calendar, outsideRange: options.outsideRange })
          : format(addDays(parseISO(from), req.days), 'yyyy-MM-dd');
      return { date, from: { taskNumber: task.number } };
    }
  }
  return { date: format(addDays(parseISO(base), options.ledgerDueDays), 'yyyy-MM-dd'), from: 'option' };
}

/** Other forms of a ledger's unit name that real ledgers use: `砀山县人民政府办公室`, `宿州市砀山县`. */
function ledgerUnitForms(name: string): string[] {
  const key = normalizeUnitName(name);
  const forms = [key];
  const office = key.replace(/(政务公开领导小组办公室|政务公开办公室|政务公开办|办公室)$/, '');
  if (office !== key && /(人民政府|政府|[县区])$/.test(office)) forms.push(office);
  for (const form of [...forms]) {
    const local = form.replace(/^[\u4e00-\u9fff]{2,3}市(?=[\u4e00-\u9fff]{1,4}[县区])/, '');
    if (local !== form) forms.push(local);
  }
  return forms;
}

function foldStatus(entries: readonly LocatedEntry[]): EntryStatus | null {
  if (entries.length === 0) return null;
  let done = 0;
  let notStarted = 0;
  let blocked = 0;
  let inProgress = 0;
  for (const { entry } of entries) {
    if (entry.status === 'done') done++;
    else if (entry.status === 'not_started') notStarted++;
    else if (entry.status === 'blocked') blocked++;
    else if (entry.status === 'in_progress') inProgress++;
  }
  if (done === entries.length) return 'done';
  if (notStarted === entries.length) return 'not_started';
  if (blocked > 0) return 'blocked';
  if (inProgress > 0 || done > 0 || notStarted > 0) return 'in_progress';
  return 'ongoing';
}

/**
 * Builds the rule context: obligations from the plan and directory, ledgers indexed once by
 * (unit, task), due dates, states and traffic lights.
 */
// Names that stand for several units: 各乡镇, 市直有关单位, 县（市、区）政府, 市政府部门, 各科室.
const GROUP_NAME = /^各|^(?:县区|县市区|县（市、区）|市县|乡镇|镇街)|有关|相关|(?:部门|单位|科室|处室|股室)$/u;

/** Whether a name the directory does not know reads as a group of units rather than one unit. */
export function looksLikeGroup(name: string): boolean {
  return GROUP_NAME.test(name);
}

/**
 * The directory group that a narrower group name is part of: `市政府有关部门` → `市政府部门`
 * (or its alias `市政府各部门`), `县直相关单位` → `县直单位`.
 */
function widerGroup(name: string, directory: DirectoryIndex): { members: readonly string[] } | undefined {
  const forms = [
    name.replace(/有关|相关|其他/gu, ''),
    name.replace(/有关|相关|其他/gu, '各'),
    name.replace(/^各/u, ''),
  ];
  for (const form of forms) {
    if (form === name || form === '') continue;
    const hit = directory.match(form);
    if (hit.kind === 'group') return { members: hit.members };
  }
  return undefined;
}

export function prepareCheck(
  plan: Plan,
  directory: DirectoryIndex,
  ledgers: readonly Ledger[],
  options: PrepareOptions,
): Prepared {
  const problems: Prepared['problems'] = [];
  const { asOf, calendar, outsideRange } = options;
  const calendarOptions = { calendar, outsideRange };
  let ledgerDue: ReturnType<typeof ledgerDueOf>;
  try {
    ledgerDue = ledgerDueOf(plan, options);
  } catch (error) {
    // Working days outside the calendar: say so, and count them on weekends only.
    problems.push({ rule: 'ledger-missing', message: (error as Error).message });
    ledgerDue = ledgerDueOf(plan, { ...options, outsideRange: 'weekends' });
  }
  const settings: CheckSettings = {
    dueSoonDays: options.dueSoonDays,
    ledgerDueDays: options.ledgerDueDays,
    staleAfterDays: options.staleAfterDays,
    ledgerDue: ledgerDue.date,
    ledgerDueFrom: ledgerDue.from,
  };

  // Tasks by number key.
  const taskByKey = new Map<string, Task>();
  for (const task of plan.tasks) {
    const key = taskNumberKey(task.number);
    if (key !== null && !taskByKey.has(key)) taskByKey.set(key, task);
  }
  // Ledgers repeat the same few numbers: remember each raw form once.
  const taskByRaw = new Map<string, Task | undefined>();
  const taskByNumber = (number: string | null): Task | undefined => {
    if (number === null) return undefined;
    if (taskByRaw.has(number)) return taskByRaw.get(number);
    const key = taskNumberKey(number);
    const task = key === null ? undefined : taskByKey.get(key);
    taskByRaw.set(number, task);
    return task;
  };

  // Obligations: one per (task, concrete unit), the strongest role kept. Two maps per task rather
  // than an object per duty: a province has hundreds of thousands of duties.
  // Per task: unit → role rank × 65536 + (index of the group it came through, or 0): one map
  // entry per duty and no object.
  const dutiesByTask: Map<string, number>[] = [];
  const viaNames: (string | undefined)[] = [undefined];
  const viaIndex = new Map<string, number>();
  const obligedUnits: string[] = [];
  const obliged = new Set<string>();
  const expandCache = new Map<string, { units: readonly string[]; via: number; reporting?: readonly string[] }>();
  // Per task: units of a wider group held to the task only if their ledger reports it.
  const reportingByTask: { units: readonly string[]; code: number }[][] = [];
  const unexpandedGroups = new Set<string>();
  // Plan units the directory lacks: 市财政局 and 市财政局（国资委） in one plan are one unit.
  const unknownNames = new Set<string>();
  for (const task of plan.tasks) {
    for (const a of task.assignments) {
      const hit = directory.match(a.unit);
      if (hit.kind === 'unknown') unknownNames.add(hit.name);
    }
  }
  const bracketFull = new Map<string, string | null>();
  for (const name of unknownNames) {
    const short = /^(.+)（[^（）]+）$/.exec(name)?.[1];
    if (short === undefined || unknownNames.has(short) === false) continue;
    bracketFull.set(short, bracketFull.has(short) ? null : name);
  }
  for (const task of plan.tasks) {
    const duties = new Map<string, number>();
    for (const assignment of task.assignments) {
      let expanded = expandCache.get(assignment.unit);
      if (!expanded) {
        const hit = directory.match(assignment.unit);
        expanded = match(hit)
          .with({ kind: 'group' }, (g) => {
            let index = viaIndex.get(g.name);
            if (index === undefined) {
              index = viaNames.length;
              viaNames.push(g.name);
              viaIndex.set(g.name, index);
            }
            return { units: g.members, via: index };
          })
          .with({ kind: 'unit' }, (u) => ({ units: [u.name], via: 0 }))
          .with({ kind: 'unknown' }, (u) => {
            if (!looksLikeGroup(u.name)) return { units: [bracketFull.get(u.name) ?? u.name], via: 0 };
            // A group the directory does not list: never a unit of its own (it sends no ledger).
            let index = viaIndex.get(u.name);
            if (index === undefined) {
              index = viaNames.length;
              viaNames.push(u.name);
              viaIndex.set(u.name, index);
            }
            const wider = widerGroup(u.name, directory);
            if (wider === undefined) unexpandedGroups.add(u.name);
            return { units: [], via: index, ...(wider ? { reporting: wider.members } : {}) };
          })
          .exhaustive();
        expandCache.set(assignment.unit, expanded);
      }
      const rank = ROLE_RANK[assignment.role];
      const code = rank * 65536 + expanded.via;
      if (expanded.reporting) {
        const reporting = reportingByTask[dutiesByTask.length] ?? [];
        reporting.push({ units: expanded.reporting, code });
        reportingByTask[dutiesByTask.length] = reporting;
      }
      for (const unit of expanded.units) {
        const seen = duties.get(unit);
        if (seen === undefined || rank > Math.floor(seen / 65536)) duties.set(unit, code);
        // Named directly as well as through a group, in the same role: the direct naming says more.
        else if (rank === Math.floor(seen / 65536) && expanded.via === 0) duties.set(unit, code);
      }
    }
    dutiesByTask.push(duties);
    for (const unit of duties.keys()) {
      if (!obliged.has(unit)) {
        obliged.add(unit);
        obligedUnits.push(unit);
      }
    }
  }

  // Ledgers, indexed once by unit, then by task number.
  const unitLedgers = new Map<string, { unit: string; ledgers: Ledger[]; entries: Map<string, Located | Located[]> }>();
  const unknownLedgers: Ledger[] = [];
  const unmatchedEntries: LocatedEntry[] = [];
  const resolveLedgerUnit = (name: string): string | undefined => {
    for (const form of ledgerUnitForms(name)) {
      const hit = directory.match(form);
      if (hit.kind === 'unit') return hit.name;
      if (hit.kind === 'unknown' && obliged.has(hit.name)) return hit.name;
    }
    return undefined;
  };
  for (const ledger of ledgers) {
    const unit = resolveLedgerUnit(ledger.unit);
    if (unit === undefined) {
      unknownLedgers.push(ledger);
      continue;
    }
    let record = unitLedgers.get(unit);
    if (!record) {
      record = { unit, ledgers: [], entries: new Map() };
      unitLedgers.set(unit, record);
    }
    record.ledgers.push(ledger);
    for (const entry of ledger.entries) {
      const located = new Located(entry, ledger);
      const task = taskByNumber(entry.taskNumber);
      if (!task) {
        unmatchedEntries.push(located);
        continue;
      }
      const slot = record.entries.get(task.number);
      if (slot === undefined) record.entries.set(task.number, located);
      else if (Array.isArray(slot)) slot.push(located);
      else record.entries.set(task.number, [slot, located]);
    }
  }
  // 市政府有关部门: which departments are "relevant" the plan does not say; those that report the
  // task in their ledger have taken it on and are held to it, the others are not faulted.
  reportingByTask.forEach((groups, t) => {
    const task = plan.tasks[t] as Task;
    const duties = dutiesByTask[t] as Map<string, number>;
    for (const { units, code } of groups) {
      for (const unit of units) {
        if (!unitLedgers.get(unit)?.entries.has(task.number)) continue;
        const seen = duties.get(unit);
        if (seen === undefined || Math.floor(code / 65536) > Math.floor(seen / 65536)) duties.set(unit, code);
        if (!obliged.has(unit)) {
          obliged.add(unit);
          obligedUnits.push(unit);
        }
      }
    }
  });
  const ledgerViews = new Map<string, UnitLedgerView>();
  for (const [unit, record] of unitLedgers) {
    const dates = record.ledgers.map((l) => l.publishedAt).filter((d): d is string => d !== undefined);
    ledgerViews.set(unit, new UnitLedgerView(unit, record.ledgers, dates.sort()[0], record.entries));
  }
  const ledgerOf = (unit: string): UnitLedgers | undefined => {
    const direct = ledgerViews.get(unit);
    if (direct) return direct;
    const resolved = resolveLedgerUnit(unit);
    return resolved === undefined ? undefined : ledgerViews.get(resolved);
  };

  // Due dates, once per task (plugin phrases may read a deadline the plan parser could not).
  const patterns = options.plugins.flatMap((p) => p.deadlinePatterns);
  const dueByTask = new Map<Task, string | null>();
  const deadlineOf = (task: Task): Deadline => {
    if (task.deadline.kind !== 'none' || patterns.length === 0 || task.deadline.raw.trim() === '') return task.deadline;
    return parseDeadline(task.deadline.raw, { year: plan.year, issued: plan.issued, patterns }).deadline;
  };
  const deadlineByTask = new Map<Task, Deadline>();
  for (const task of plan.tasks) {
    const deadline = deadlineOf(task);
    deadlineByTask.set(task, deadline);
    let due: string | null = null;
    try {
      due = resolveDeadline(deadline, { year: plan.year, issued: plan.issued, calendar });
    } catch (error) {
      problems.push({ rule: 'overdue', message: `task ${task.number}: ${(error as Error).message}` });
    }
    dueByTask.set(task, due);
  }

  const daysLeft = new Map<string, number | null>();
  let calendarProblem = false;
  const workingDaysLeft = (due: string): number | null => {
    let left = daysLeft.get(due);
    if (left !== undefined) return left;
    try {
      left = workingDaysBetween(asOf, due, calendarOptions);
    } catch (error) {
      left = null;
      if (!calendarProblem) {
        calendarProblem = true;
        problems.push({ rule: 'due-soon', message: (error as Error).message });
      }
    }
    daysLeft.set(due, left);
    return left;
  };
  const ageCache = new Map<string, number>();
  const asOfDate = parseISO(asOf);
  const ageOf = (date: string): number => {
    let age = ageCache.get(date);
    if (age === undefined) {
      age = differenceInCalendarDays(asOfDate, parseISO(date));
      ageCache.set(date, age);
    }
    return age;
  };
  const ledgerOverdue = settings.ledgerDue === null || asOf > settings.ledgerDue;

  const obligations: ObligationContext[] = [];
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    const due = dueByTask.get(task) ?? null;
    // forEach, not for…of over entries: no [key, value] array per duty.
    (dutiesByTask[t] as Map<string, number>).forEach((code, unit) => {
      const role = ROLE_BY_RANK[Math.floor(code / 65536)] as Role;
      const via = viaNames[code % 65536];
      const ledger = ledgerViews.get(unit);
      const slot = ledger?.slots.get(task.number);
      const entries = slotEntries(slot);
      const status = foldStatus(entries);
      let completedOn: string | undefined;
      let lastUpdate: string | undefined;
      let published: string | undefined;
      let progress: number | undefined;
      let decisive: LocatedEntry | undefined;
      let latestDone: LocatedEntry | undefined;
      for (const located of entries) {
        const { entry } = located;
        if (entry.status === 'done' && entry.completedOn !== undefined) {
          if (completedOn === undefined || entry.completedOn > completedOn) {
            completedOn = entry.completedOn;
            latestDone = located;
          }
        }
        if (entry.updatedOn !== undefined && (lastUpdate === undefined || entry.updatedOn > lastUpdate)) {
          lastUpdate = entry.updatedOn;
        }
        const p = located.ledger.publishedAt;
        if (p !== undefined && (published === undefined || p > published)) published = p;
        if (entry.progress !== undefined) {
          progress = progress === undefined ? entry.progress : Math.min(progress, entry.progress);
        }
        if (decisive === undefined && entry.status !== 'done') decisive = located;
      }
      lastUpdate ??= published;
      decisive ??= latestDone ?? entries[0];

      let state: ObligationState;
      let light: TrafficLight;
      if (status === null) {
        state = 'missing';
        light = ledger !== undefined || ledgerOverdue ? 'red' : 'grey';
      } else if (status === 'done') {
        state = due !== null && completedOn !== undefined && completedOn > due ? 'done_late' : 'done';
        light = 'green';
      } else if (due === null) {
        state = 'ongoing';
        light = lastUpdate === undefined ? 'grey' : ageOf(lastUpdate) > options.staleAfterDays ? 'yellow' : 'green';
      } else if (asOf > due) {
        state = 'overdue';
        light = 'red';
      } else {
        const left = workingDaysLeft(due);
        if (left !== null && left <= options.dueSoonDays) {
          state = 'due_soon';
          light = 'yellow';
        } else {
          state = 'on_track';
          light = 'green';
        }
      }

      obligations.push(
        new ObligationRecord(
          task,
          unit,
          role,
          via,
          due,
          status,
          progress,
          completedOn,
          state,
          light,
          decisive?.location,
          slot,
          ledger,
          lastUpdate,
        ),
      );
    });
  }

  const ctx: RuleContext = {
    plan,
    directory,
    ledgers,
    asOf,
    settings,
    calendar,
    obligations,
    unknownLedgers,
    unmatchedEntries,
    obligedUnits,
    unexpandedGroups: [...unexpandedGroups],
    taskByNumber,
    ledgerOf,
    workingDaysBetween: (from, to) => workingDaysBetween(from, to, calendarOptions),
    deadlineOf: (task) => deadlineByTask.get(task) ?? task.deadline,
  };
  return { ctx, problems };
}
