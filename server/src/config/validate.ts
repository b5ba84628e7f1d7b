// The whole configuration checked against the published schema with ajv, once per file read:
// each field the schema refuses is left out, with one sentence saying why (in Chinese and
// English), and everything else applies. ajv's errors are turned into sentences here: for an
// `anyOf` (a rule written as "warning", ["warning", {…}] or {"severity": …}), only the errors of
// the form the writer chose are told.
//
// Compiling the whole schema takes ajv a few hundred milliseconds, which every CLI run with a
// configuration would pay; so the file is checked field by field (and `rules` rule by rule), each
// part of the schema compiled the first time a file uses it. The root object and `rules` have
// no constraint but their type and which keys they allow, which are checked here, from the schema.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { allRules, CATEGORIES, msg, nearestNames, type Message } from '../engine';
import type { JsonPath } from './jsonc';
import { buildSchema, type Schema } from './schema';

export interface SchemaProblem {
  path: JsonPath;
  message: Message;
  /** `error`: the field was left out; `warning`: ignored on purpose (an unknown field, a repeat). */
  severity: 'error' | 'warning';
}

let built: Schema | undefined;
/** The published schema, built from the rule registry (test/config/schema.test.ts keeps the file equal to it). */
const theSchema = () => (built ??= buildSchema(allRules));

let ajv: Ajv | undefined;
const parts = new Map<string, ValidateFunction>();

/** The part of the schema for a top-level field, or for one rule under `rules`, compiled on first use. */
function partValidator(path: [string] | ['rules', string]): ValidateFunction {
  const key = path.join('/');
  let validate = parts.get(key);
  if (!validate) {
    if (!ajv) {
      // Strict, except for tuples: a rule's ["severity", {options}] may leave the options out.
      // Unoptimised code and no inlined references compile fastest; the schema itself is checked
      // once, by test/config/schema.test.ts, not on every run.
      ajv = new Ajv({ allErrors: true, verbose: true, strictTuples: false, inlineRefs: false, code: { optimize: false }, validateSchema: false });
      ajv.addVocabulary(['markdownDescription']);
    }
    const schema = theSchema();
    const properties = schema.properties as Record<string, Schema>;
    const part = path.length === 1 ? properties[path[0]] : (properties.rules.properties as Record<string, Schema>)[path[1]];
    validate = ajv.compile({ $id: `${schema.$id as string}#part/${key}`, definitions: schema.definitions, ...part });
    parts.set(key, validate);
  }
  return validate;
}

/** The schema's errors for the whole value, as if it had been validated in one piece. */
function schemaErrors(value: unknown): ErrorObject[] {
  const fields = theSchema().properties as Record<string, Schema>;
  const ruleIds = fields.rules.properties as Record<string, Schema>;
  const error = (instancePath: string, keyword: string, params: Record<string, unknown>): ErrorObject => ({ instancePath, schemaPath: `#${instancePath}/${keyword}`, keyword, params });
  if (!isObject(value)) return [error('', 'type', { type: 'object' })];
  const errors: ErrorObject[] = [];
  const run = (validate: ValidateFunction, data: unknown, at: string) => {
    if (validate(data)) return;
    for (const e of validate.errors ?? []) errors.push({ ...e, instancePath: at + e.instancePath, schemaPath: `#${at}${e.schemaPath.slice(1)}` });
  };
  for (const [key, field] of Object.entries(value)) {
    const at = `/${pointerSegment(key)}`;
    if (!Object.hasOwn(fields, key)) errors.push(error('', 'additionalProperties', { additionalProperty: key }));
    else if (key !== 'rules') run(partValidator([key]), field, at);
    else if (!isObject(field)) errors.push(error(at, 'type', { type: 'object' }));
    else {
      for (const [id, setting] of Object.entries(field)) {
        if (Object.hasOwn(ruleIds, id)) run(partValidator(['rules', id]), setting, `${at}/${pointerSegment(id)}`);
        else errors.push(error(at, 'additionalProperties', { additionalProperty: id }));
      }
    }
  }
  return errors;
}

/** A copy of JSON-like data; anything else (a function, a cycle) is no configuration. */
function copyOf(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return undefined;
  }
}

const pointerSegment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What to do with a field the schema refuses. */
type Action = { kind: 'delete' } | { kind: 'truncate'; length: number } | { kind: 'keepKeys'; count: number };

interface Explained {
  path: JsonPath;
  message: Message;
  severity: SchemaProblem['severity'];
  action: Action;
  /** The message lists the allowed values. */
  listsValues?: boolean;
}

/** Removals can leave a parent invalid (a section whose only word was empty); a few passes settle it. */
const MAX_PASSES = 8;

export interface SchemaResult {
  /** The value given, less every field the schema refuses. */
  value: unknown;
  /** One per field left out, at its path in the value given. */
  problems: SchemaProblem[];
  /** The path in the value given of a path in `value` (array items left out shift the others). */
  original(path: JsonPath): JsonPath;
}

/**
 * The value with every field the schema refuses left out, and a problem for each. Fields left
 * out only because something inside them was left out first are not told twice.
 */
export function validateAgainstSchema(input: unknown): SchemaResult {
  const problems: (SchemaProblem & { listsValues?: boolean })[] = [];
  const origins = new ArrayOrigins();
  // Fields are left out of a copy: the value may be the caller's (the editor settings).
  let value = copyOf(input);
  for (let pass = 0, errors = schemaErrors(value); pass < MAX_PASSES && errors.length; pass++, errors = schemaErrors(value)) {
    const explained = explain(value, errors);
    if (pass === 0) for (const e of explained) problems.push({ path: origins.original(value, e.path), message: e.message, severity: e.severity, listsValues: e.listsValues });
    // Deepest first, and later array items before earlier ones, so that paths stay valid.
    explained.sort((a, b) => compareForRemoval(a.path, b.path));
    for (const e of explained) value = apply(value, e, origins);
  }
  // What still fails after the passes is left out by its top-level field, and told, never silently.
  for (const e of explain(value, schemaErrors(value))) {
    const field = e.path.slice(0, 1);
    problems.push({ path: origins.original(value, field), message: msg('此项未能通过检查，整项未使用', 'this field could not be made valid; it is not used'), severity: 'error' });
    value = apply(value, { ...e, path: field, action: { kind: 'delete' } }, origins);
  }
  const result = value;
  return { value: result, problems: dedupe(problems), original: (path) => origins.original(result, path) };
}

// --- turning ajv's errors into sentences ---------------------------------------------------

function explain(value: unknown, errors: readonly ErrorObject[]): Explained[] {
  return chosenErrors(errors).flatMap((e) => (e.keyword === 'uniqueItems' ? repeatedItems(value, e) : [explainOne(value, e)]));
}

/**
 * Every later copy in an array that must not repeat, each told at its place: ajv names one pair
 * per validation, so ten copies would otherwise take ten passes.
 */
function repeatedItems(value: unknown, e: ErrorObject): Explained[] {
  const path = pointerToPath(value, e.instancePath);
  const items = path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), value);
  if (!Array.isArray(items)) return [explainOne(value, e)];
  const firstOf = new Map<string, number>();
  const out: Explained[] = [];
  items.forEach((item, i) => {
    const key = JSON.stringify(item);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else out.push({ path: [...path, i], message: msg(`与第 ${first + 1} 项重复`, `repeats entry ${first + 1}`), severity: 'warning', action: { kind: 'delete' } });
  });
  return out;
}

const within = (path: string, prefix: string) => path === prefix || path.startsWith(prefix + '/');

/**
 * The errors to tell: for each `anyOf`, those of the branch whose JSON type fits the value (the
 * form the writer chose), or a single "must be one of these forms" when none fits.
 */
function chosenErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const outer = anyOfs.filter((a) => !anyOfs.some((b) => b !== a && within(a.schemaPath, b.schemaPath) && within(a.instancePath, b.instancePath)));
  const claimed = new Set<ErrorObject>();
  const out: ErrorObject[] = [];
  for (const anyOf of outer) {
    claimed.add(anyOf);
    const branches = new Map<number, ErrorObject[]>();
    for (const e of errors) {
      if (e === anyOf || !e.schemaPath.startsWith(anyOf.schemaPath + '/') || !within(e.instancePath, anyOf.instancePath)) continue;
      claimed.add(e);
      const branch = Number(e.schemaPath.slice(anyOf.schemaPath.length + 1).split('/')[0]);
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    // A branch with no errors of its own failed inside a `$ref` (a rule's options): those errors,
    // kept outside the branches, say what is wrong.
    const count = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0;
    if (Array.from({ length: count }, (_, i) => i).some((i) => !branches.has(i))) continue;
    const fitting = [...branches.entries()].filter(([, es]) => !es.some((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath));
    if (!fitting.length) {
      out.push(anyOf);
      continue;
    }
    const onlyRequired = fitting.every(([, es]) => es.every((e) => e.keyword === 'required' && e.instancePath === anyOf.instancePath));
    if (onlyRequired && fitting.length > 1) {
      out.push({ ...anyOf, keyword: 'required', params: { missingProperty: fitting.map(([, es]) => es[0].params.missingProperty).join(' | ') } });
      continue;
    }
    const [, best] = fitting.reduce((a, b) => (b[1].length < a[1].length ? b : a));
    out.push(...chosenErrors(best));
  }
  return [...errors.filter((e) => !claimed.has(e) && e.keyword !== 'propertyNames'), ...out];
}

function explainOne(value: unknown, e: ErrorObject): Explained {
  const path = pointerToPath(value, e.instancePath);
  const params = e.params as Record<string, unknown>;
  const error = (zh: string, en: string, action: Action = { kind: 'delete' }, at = path): Explained => ({ path: at, message: msg(zh, en), severity: 'error', action });
  // A key refused by `propertyNames` (a glob too long): the entry goes, told at its key.
  const keyPath = typeof e.propertyName === 'string' ? [...path, e.propertyName] : undefined;
  switch (e.keyword) {
    case 'additionalProperties':
      return unknownField(path, String(params.additionalProperty));
    case 'required': {
      const names = String(params.missingProperty).split(' | ').map((n) => `“${n}”`);
      return error(`缺少必填字段 ${names.join(' 或 ')}，整项未使用`, `missing ${names.join(' or ').replace(/[“”]/g, '"')}; the entry is not used`);
    }
    case 'type': {
      const [zh, en] = typeNames(params.type);
      return error(`应为${zh}`, `must be ${en}`);
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map((v) => JSON.stringify(v));
      return { ...error(`应为 ${allowed.join('、')} 之一`, `must be one of ${allowed.join(', ')}`), listsValues: true };
    }
    case 'minLength':
      return Number(params.limit) <= 1 ? error('不能为空', 'must not be empty', undefined, keyPath) : error(`至少 ${params.limit} 个字符`, `must have at least ${params.limit} characters`, undefined, keyPath);
    case 'maxLength':
      return error(`过长（上限 ${params.limit} 个字符）`, `too long (at most ${params.limit} characters)`, undefined, keyPath);
    case 'pattern':
      return error('不能只有空白', 'must not be blank', undefined, keyPath);
    case 'minItems':
      return error(`至少需要 ${params.limit} 项`, `needs at least ${params.limit} entries`);
    case 'maxItems':
      return error(`最多 ${params.limit} 项，其后的未使用`, `at most ${params.limit} entries; the rest are not used`, { kind: 'truncate', length: Number(params.limit) });
    case 'maxProperties':
      return error(`最多 ${params.limit} 项，其后的未使用`, `at most ${params.limit} entries; the rest are not used`, { kind: 'keepKeys', count: Number(params.limit) });
    case 'minimum':
    case 'exclusiveMinimum':
      return error(`应不小于 ${params.limit}`, `must be at least ${params.limit}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return error(`应不大于 ${params.limit}`, `must be at most ${params.limit}`);
    case 'uniqueItems': {
      // The later copy goes; the first stays.
      const [first, later] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      return { path: [...path, later], message: msg(`与第 ${first + 1} 项重复`, `repeats entry ${first + 1}`), severity: 'warning', action: { kind: 'delete' } };
    }
    case 'anyOf':
      return error(`应为${describeForms(path, e.schema)}`, `must be ${describeForms(path, e.schema, 'en')}`);
    default:
      return error('不符合格式要求', `invalid (${e.message ?? e.keyword})`);
  }
}

function unknownField(parent: JsonPath, name: string): Explained {
  const path = [...parent, name];
  const warning = (zh: string, en: string): Explained => ({ path, message: msg(zh, en), severity: 'warning', action: { kind: 'delete' } });
  const ruleIds = allRules.map((r) => r.id);
  if (parent.length === 0) {
    return ruleIds.includes(name)
      ? warning(`未知字段；规则设置应写在 "rules" 里："rules": { "${name}": … }`, `unknown field; rule settings go inside "rules": { "${name}": … }`)
      : warning(`未知字段“${name}”，已忽略`, `unknown field "${name}", ignored`);
  }
  if (parent.length === 1 && parent[0] === 'rules') {
    if ((CATEGORIES as readonly string[]).includes(name)) return warning(`“${name}”是规则类别，不是规则编号；请逐条列出该类别的规则`, `"${name}" is a category, not a rule id; list the category's rules one by one`);
    const [near] = nearestNames(name, ruleIds, 1);
    return warning(`未知规则“${name}”${near ? `，是否是“${near}”？` : ''}`, `unknown rule "${name}"${near ? `; did you mean "${near}"?` : ''}`);
  }
  // rules.<id>[1] or rules.<id>.options: the rule's options.
  if (parent.length === 3 && parent[0] === 'rules' && (parent[2] === 1 || parent[2] === 'options')) {
    const rule = allRules.find((r) => r.id === parent[1]);
    const known = Object.keys(rule?.defaultOptions ?? {});
    return warning(
      `规则 ${parent[1]} 没有选项“${name}”${known.length ? `（可用：${known.join('、')}）` : '（该规则没有选项）'}`,
      `rule ${parent[1]} has no option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ' (the rule has no options)'}`,
    );
  }
  return warning(`未知字段“${name}”，已忽略`, `unknown field "${name}", ignored`);
}

const TYPE_NAMES: Record<string, [zh: string, en: string]> = {
  string: ['字符串', 'a string'],
  number: ['数字', 'a number'],
  integer: ['整数', 'an integer'],
  boolean: ['true 或 false', 'true or false'],
  array: ['数组 […]', 'an array […]'],
  object: ['对象 {…}', 'an object {…}'],
  null: ['null', 'null'],
};

function typeNames(type: unknown): [string, string] {
  const types = (Array.isArray(type) ? type : String(type).split(',')).map((t) => TYPE_NAMES[String(t)] ?? [String(t), String(t)]);
  return [types.map((t) => t[0]).join('或'), types.map((t) => t[1]).join(' or ')];
}

/** The forms an `anyOf` allows, for a value that fits none of them. */
function describeForms(path: JsonPath, branches: unknown, locale: 'zh' | 'en' = 'zh'): string {
  if (path.length === 2 && path[0] === 'rules') {
    return locale === 'zh' ? '"off"、"error"、"warning"、"info"，或 ["warning", { 选项 }]' : '"off", "error", "warning", "info", or ["warning", { options }]';
  }
  const forms = (Array.isArray(branches) ? (branches as Schema[]) : []).map((b) => {
    if (Array.isArray(b.enum)) return b.enum.map((v) => JSON.stringify(v)).join(locale === 'zh' ? '、' : ', ');
    return typeNames(b.type)[locale === 'zh' ? 0 : 1];
  });
  return [...new Set(forms)].join(locale === 'zh' ? '，或' : ', or ');
}

/** The known id closest to a misspelt one (edit distance at most 3). */
// --- leaving fields out ----------------------------------------------------------------------

/** ajv's JSON Pointer as a path, with array indices as numbers. */
function pointerToPath(value: unknown, pointer: string): JsonPath {
  if (!pointer) return [];
  const path: JsonPath = [];
  let node = value;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

/**
 * Where each item of an array that lost items was in the file, so that a problem found after a
 * removal still names the field as it is written.
 */
class ArrayOrigins {
  readonly #origins = new WeakMap<unknown[], number[]>();

  original(value: unknown, path: JsonPath): JsonPath {
    let node = value;
    return path.map((segment) => {
      const here = node;
      node = here && typeof here === 'object' ? (here as Record<string | number, unknown>)[segment] : undefined;
      return Array.isArray(here) && typeof segment === 'number' ? (this.#origins.get(here)?.[segment] ?? segment) : segment;
    });
  }

  removed(array: unknown[], from: number, count: number): void {
    const origins = this.#origins.get(array) ?? array.map((_, i) => i);
    origins.splice(from, count);
    this.#origins.set(array, origins);
  }
}

function apply(root: unknown, e: Explained, origins: ArrayOrigins): unknown {
  if (!e.path.length) return e.action.kind === 'delete' ? {} : root;
  const parent = e.path.slice(0, -1).reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), root);
  const last = e.path[e.path.length - 1];
  if (!parent || typeof parent !== 'object') return root;
  const target = (parent as Record<string | number, unknown>)[last];
  if (e.action.kind === 'truncate' && Array.isArray(target)) {
    origins.removed(target, e.action.length, target.length - e.action.length);
    target.length = e.action.length;
  } else if (e.action.kind === 'keepKeys' && target && typeof target === 'object') {
    for (const key of Object.keys(target).slice(e.action.count)) delete (target as Record<string, unknown>)[key];
  } else if (e.action.kind === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') {
      if (last < parent.length) {
        origins.removed(parent, last, 1);
        parent.splice(last, 1);
      }
    } else delete (parent as Record<string, unknown>)[String(last)];
  }
  return root;
}

function compareForRemoval(a: JsonPath, b: JsonPath): number {
  if (a.length !== b.length) return b.length - a.length;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : String(a[i]).localeCompare(String(b[i]));
  }
  return 0;
}

/** One problem per field: the list of allowed values when there is one (it says the most), else the first. */
function dedupe(problems: (SchemaProblem & { listsValues?: boolean })[]): SchemaProblem[] {
  const byField = new Map<string, SchemaProblem & { listsValues?: boolean }>();
  for (const p of problems) {
    const key = JSON.stringify(p.path);
    const kept = byField.get(key);
    if (!kept || (p.listsValues && !kept.listsValues)) byField.set(key, p);
  }
  return [...byField.values()].map(({ listsValues: _, ...p }) => p);
}
