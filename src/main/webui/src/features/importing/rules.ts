import type { Rule, RuleCondition, RuleInput } from './api';
import { betweenValue, splitBetween } from './format';

export type FieldName = NonNullable<RuleCondition['field']>;
export type Op = NonNullable<RuleCondition['op']>;
export const FIELDS: readonly FieldName[] = ['counterparty', 'purpose', 'iban', 'amount', 'accountId'];
const TEXT_OPS: readonly Op[] = ['contains', 'equals', 'startsWith', 'regex'];
/** Which comparisons a field takes (the API's RuleOp per RuleField): amounts compare as numbers, the account by id. */
export function opsFor(field: FieldName): readonly Op[] {
  if (field === 'amount') return ['equals', 'between'];
  if (field === 'accountId') return ['equals'];
  return TEXT_OPS;
}

/** A condition as the form edits it: `between` keeps its two bounds apart until it is sent. */
export interface ConditionDraft {
  field: FieldName;
  op: Op;
  value: string;
  min: string;
  max: string;
}

export interface Draft {
  id?: string;
  version?: number;
  name: string;
  priority: string;
  conditions: ConditionDraft[];
  categoryId: string;
  tags: string;
  counterparty: string;
  description: string;
}

export const EMPTY_CONDITION: ConditionDraft = { field: 'counterparty', op: 'contains', value: '', min: '', max: '' };
export const EMPTY: Draft = { name: '', priority: '100', conditions: [EMPTY_CONDITION], categoryId: '', tags: '', counterparty: '', description: '' };

export function draftOf(rule: Rule): Draft {
  const a = rule.actions ?? {};
  return {
    id: rule.id,
    version: rule.version,
    name: rule.name ?? '',
    priority: String(rule.priority ?? 100),
    conditions: (rule.conditions ?? []).map((c) => {
      const [min, max] = c.op === 'between' ? splitBetween(c.value) : ['', ''];
      return { field: c.field ?? 'counterparty', op: c.op ?? 'contains', value: c.op === 'between' ? '' : (c.value ?? ''), min, max };
    }),
    categoryId: a.categoryId ?? '',
    tags: (a.tags ?? []).join(', '),
    counterparty: a.counterparty ?? '',
    description: a.description ?? '',
  };
}

/** The rule as the API takes it; a `between` whose bounds are no amounts is sent as typed, for the API to name it. */
export function inputOf(d: Draft): RuleInput {
  const priority = /^\d+$/.test(d.priority.trim()) ? Number(d.priority.trim()) : undefined;
  return {
    name: d.name.trim(),
    priority,
    version: d.version,
    conditions: d.conditions.map((c) => ({
      field: c.field,
      op: c.op,
      value: c.op === 'between' ? (betweenValue(c.min, c.max) ?? `${c.min}..${c.max}`) : c.value,
    })),
    actions: {
      categoryId: d.categoryId || undefined,
      tags: d.tags.split(',').map((s) => s.trim()).filter(Boolean),
      counterparty: d.counterparty.trim() || undefined,
      description: d.description.trim() || undefined,
    },
  };
}

