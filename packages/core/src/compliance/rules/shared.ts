import type { Location, Severity } from '../../model/common.js';
import type { Rule } from '../../plugin.js';
import type { ObligationContext } from '../context.js';

/** The fields every obligation finding of a built-in rule has. */
export interface AboutObligation {
  rule: string;
  severity: Severity;
  unit: string;
  taskId: string;
  taskNumber: string;
  location?: Location;
}

/** One finding about an obligation, made as one object (a province check makes tens of thousands). */
export function obligationFinding(
  rule: Rule,
  o: ObligationContext,
  message: string,
  messageEn: string,
  data?: Record<string, unknown>,
  location: Location | undefined = o.location,
): AboutObligation & { message: string; messageEn: string; data?: Record<string, unknown> } {
  const finding: AboutObligation & { message: string; messageEn: string; data?: Record<string, unknown> } = {
    rule: rule.id,
    severity: rule.severity,
    unit: o.unit,
    taskId: o.task.id,
    taskNumber: o.task.number,
    message,
    messageEn,
  };
  if (location !== undefined) finding.location = location;
  if (data !== undefined) finding.data = data;
  return finding;
}
