// Checking templates that come from users' JSON. Nothing here throws: a bad field is reported as
// a problem and left out, so that the rest of the template (or the built-in it overrides) still
// applies.

import { msg } from '../rule';
import type { Formula, Recognition, ReportTemplate, SignatureSpec, TemplateProblem, TemplateSection } from './types';

/** A template as a user writes it: everything but `type` may be left out (inherited or defaulted). */
export type TemplateOverride = Partial<Omit<ReportTemplate, 'recognise'>> & { type: string; recognise?: Partial<Recognition> };

const TOP_KEYS = new Set(['$schema', 'type', 'aliases', 'description', 'recognise', 'sections', 'fixedSections', 'since', 'sent', 'opening', 'closing', 'signature']);
const RECOGNISE_KEYS = new Set(['titleWords', 'openingWords', 'fileNamePatterns']);
const SECTION_KEYS = new Set(['key', 'name', 'words', 'required', 'position', 'skeleton', 'topical', 'bodyCues']);
const FORMULA_KEYS = new Set(['required', 'phrases', 'skeleton']);
const SIGNATURE_KEYS = new Set(['signer', 'date', 'signerSkeleton', 'dateSkeleton']);

export interface ValidationResult {
  /** Valid parts of each template that has a usable `type`, in input order. */
  templates: TemplateOverride[];
  problems: TemplateProblem[];
}

/** Validates a list of user templates (the `templates` setting). */
export function validateTemplates(input: unknown, path = 'templates'): ValidationResult {
  const problems: TemplateProblem[] = [];
  const templates: TemplateOverride[] = [];
  if (input === undefined || input === null) return { templates, problems };
  if (!Array.isArray(input)) {
    problems.push(problem(path, '应为模板数组', 'should be an array of templates'));
    return { templates, problems };
  }
  input.forEach((item, i) => {
    const t = validateTemplate(item, `${path}[${i}]`, problems);
    if (t) templates.push(t);
  });
  return { templates, problems };
}

/** Validates one template; returns its valid parts, or undefined when it has no usable `type`. */
export function validateTemplate(input: unknown, path: string, problems: TemplateProblem[]): TemplateOverride | undefined {
  if (!isObject(input)) {
    problems.push(problem(path, '模板应为对象', 'a template should be an object'));
    return undefined;
  }
  unknownKeys(input, TOP_KEYS, path, problems);
  const type = nonEmptyString(input.type);
  if (!type) {
    problems.push(problem(`${path}.type`, '缺少文种名称 type（非空字符串）', 'missing type (a non-empty string)'));
    return undefined;
  }
  const out: TemplateOverride = { type };
  if ('aliases' in input) assign(out, 'aliases', stringList(input.aliases, `${path}.aliases`, problems, true));
  if ('description' in input) {
    if (typeof input.description === 'string') out.description = input.description;
    else problems.push(problem(`${path}.description`, '应为字符串', 'should be a string'));
  }
  if ('recognise' in input) assign(out, 'recognise', recognition(input.recognise, `${path}.recognise`, problems));
  if ('sections' in input) assign(out, 'sections', sections(input.sections, `${path}.sections`, problems));
  if ('fixedSections' in input) out.fixedSections = booleanOr(input.fixedSections, false, `${path}.fixedSections`, problems);
  if ('sent' in input) out.sent = booleanOr(input.sent, false, `${path}.sent`, problems);
  if ('since' in input) {
    if (typeof input.since === 'number' && Number.isInteger(input.since)) out.since = input.since;
    else problems.push(problem(`${path}.since`, '应为年份（整数）', 'should be a year (an integer)'));
  }
  if ('opening' in input) assign(out, 'opening', formula(input.opening, `${path}.opening`, problems));
  if ('closing' in input) assign(out, 'closing', formula(input.closing, `${path}.closing`, problems));
  if ('signature' in input) assign(out, 'signature', signature(input.signature, `${path}.signature`, problems));
  return out;
}

function recognition(input: unknown, path: string, problems: TemplateProblem[]): Partial<Recognition> | undefined {
  if (!isObject(input)) {
    problems.push(problem(path, '应为对象', 'should be an object'));
    return undefined;
  }
  unknownKeys(input, RECOGNISE_KEYS, path, problems);
  const out: Partial<Recognition> = {};
  for (const key of RECOGNISE_KEYS) {
    if (key in input) assign(out, key as keyof Recognition, stringList(input[key], `${path}.${key}`, problems, true));
  }
  return out;
}

function sections(input: unknown, path: string, problems: TemplateProblem[]): TemplateSection[] | undefined {
  if (!Array.isArray(input)) {
    problems.push(problem(path, '应为章节数组', 'should be an array of sections'));
    return undefined;
  }
  const out: TemplateSection[] = [];
  const keys = new Set<string>();
  input.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item)) {
      problems.push(problem(at, '章节应为对象', 'a section should be an object'));
      return;
    }
    unknownKeys(item, SECTION_KEYS, at, problems);
    const key = nonEmptyString(item.key);
    const name = nonEmptyString(item.name);
    if (!key) problems.push(problem(`${at}.key`, '缺少章节键 key（非空字符串）', 'missing key (a non-empty string)'));
    else if (keys.has(key)) problems.push(problem(`${at}.key`, `章节键“${key}”重复`, `duplicate section key "${key}"`));
    if (!name) problems.push(problem(`${at}.name`, '缺少章节名称 name（非空字符串）', 'missing name (a non-empty string)'));
    const words = stringList(item.words, `${at}.words`, problems, false);
    if (!key || keys.has(key) || !name || !words) return;
    keys.add(key);
    const previous = out.length ? out[out.length - 1].position : 0;
    let position = previous + 1;
    if ('position' in item) {
      if (typeof item.position === 'number' && Number.isInteger(item.position) && item.position >= 1) position = item.position;
      else problems.push(problem(`${at}.position`, '应为不小于 1 的整数', 'should be an integer of at least 1'));
    }
    out.push({
      key,
      name,
      words,
      required: booleanOr(item.required, true, `${at}.required`, problems),
      position,
      topical: booleanOr(item.topical, false, `${at}.topical`, problems),
      bodyCues: 'bodyCues' in item ? (stringList(item.bodyCues, `${at}.bodyCues`, problems, true) ?? []) : [],
      skeleton: stringOr(item.skeleton, `（此处填写${name}）`, `${at}.skeleton`, problems),
    });
  });
  return out;
}

function formula(input: unknown, path: string, problems: TemplateProblem[]): Formula | undefined {
  if (!isObject(input)) {
    problems.push(problem(path, '应为对象', 'should be an object'));
    return undefined;
  }
  unknownKeys(input, FORMULA_KEYS, path, problems);
  const phrases = stringList(input.phrases, `${path}.phrases`, problems, false);
  if (!phrases) return undefined;
  return {
    required: booleanOr(input.required, true, `${path}.required`, problems),
    phrases,
    skeleton: stringOr(input.skeleton, phrases[0].replace(/…+/g, ''), `${path}.skeleton`, problems),
  };
}

function signature(input: unknown, path: string, problems: TemplateProblem[]): SignatureSpec | undefined {
  if (!isObject(input)) {
    problems.push(problem(path, '应为对象', 'should be an object'));
    return undefined;
  }
  unknownKeys(input, SIGNATURE_KEYS, path, problems);
  return {
    signer: booleanOr(input.signer, true, `${path}.signer`, problems),
    date: booleanOr(input.date, true, `${path}.date`, problems),
    signerSkeleton: stringOr(input.signerSkeleton, '（此处填写发文机关署名）', `${path}.signerSkeleton`, problems),
    dateSkeleton: stringOr(input.dateSkeleton, '年　月　日', `${path}.dateSkeleton`, problems),
  };
}

function stringList(input: unknown, path: string, problems: TemplateProblem[], emptyAllowed: boolean): string[] | undefined {
  if (!Array.isArray(input) || input.some((w) => typeof w !== 'string' || !w.trim())) {
    problems.push(problem(path, '应为非空字符串的数组', 'should be an array of non-empty strings'));
    return undefined;
  }
  if (!emptyAllowed && !input.length) {
    problems.push(problem(path, '至少需要一项', 'needs at least one entry'));
    return undefined;
  }
  return input.map((w: string) => w.trim());
}

function booleanOr(input: unknown, fallback: boolean, path: string, problems: TemplateProblem[]): boolean {
  if (input === undefined) return fallback;
  if (typeof input === 'boolean') return input;
  problems.push(problem(path, '应为 true 或 false', 'should be true or false'));
  return fallback;
}

function stringOr(input: unknown, fallback: string, path: string, problems: TemplateProblem[]): string {
  if (input === undefined) return fallback;
  if (typeof input === 'string') return input;
  problems.push(problem(path, '应为字符串', 'should be a string'));
  return fallback;
}

function unknownKeys(input: Record<string, unknown>, known: Set<string>, path: string, problems: TemplateProblem[]): void {
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push(problem(`${path}.${key}`, `未知字段“${key}”，已忽略`, `unknown field "${key}", ignored`));
  }
}

function nonEmptyString(input: unknown): string | undefined {
  return typeof input === 'string' && input.trim() ? input.trim() : undefined;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function problem(path: string, zh: string, en: string): TemplateProblem {
  return { path, message: msg(`${path}：${zh}`, `${path}: ${en}`) };
}
