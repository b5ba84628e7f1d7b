// Checking templates that come from users' JSON. Nothing here throws: a bad field is reported as
// a problem and left out, so that the rest of the template (or the built-in it overrides) still
// applies. The caps (how many sections, how long a word …) are those of the published schema,
// read from it: a template can never make a check build more than they allow.

import schema from '../../../../schemas/template.schema.json';
import { msg } from '../rule';
import type { Formula, Recognition, ReportTemplate, SignatureSpec, TemplateProblem, TemplateSection } from './types';

/** A template as a user writes it: everything but `type` may be left out (inherited or defaulted). */
export type TemplateOverride = Partial<Omit<ReportTemplate, 'recognise'>> & { type: string; recognise?: Partial<Recognition> };

const TOP_KEYS = new Set(['$schema', 'type', 'aliases', 'description', 'recognise', 'sections', 'fixedSections', 'since', 'sent', 'opening', 'closing', 'signature']);
const RECOGNISE_KEYS = new Set(['titleWords', 'openingWords', 'fileNamePatterns']);
const SECTION_KEYS = new Set(['key', 'name', 'words', 'required', 'position', 'skeleton', 'topical', 'bodyCues']);
const FORMULA_KEYS = new Set(['required', 'phrases', 'skeleton']);
const SIGNATURE_KEYS = new Set(['signer', 'date', 'signerSkeleton', 'dateSkeleton']);

/** The schema's caps. */
export const TEMPLATE_LIMITS = {
  typeLength: schema.properties.type.maxLength,
  descriptionLength: schema.properties.description.maxLength,
  sections: schema.properties.sections.maxItems,
  nameLength: schema.definitions.section.properties.name.maxLength,
  keyLength: schema.definitions.section.properties.key.maxLength,
  position: schema.definitions.section.properties.position.maximum,
  skeletonLength: schema.definitions.section.properties.skeleton.maxLength,
  words: schema.definitions.words.maxItems,
  wordLength: schema.definitions.words.items.maxLength,
  cues: schema.definitions.cues.maxItems,
  /**
   * Body cues of all sections together: each is matched against every paragraph of a report
   * missing its section, so their number, not the sections', is what a check pays for. The
   * built-in 工作总结 has 210, in one section. (A sum over sections, which JSON Schema cannot state.)
   */
  cuesInAll: 300,
  globs: schema.definitions.globs.maxItems,
  globLength: schema.definitions.globs.items.maxLength,
  signatureSkeletonLength: schema.properties.signature.properties.signerSkeleton.maxLength,
  since: [schema.properties.since.minimum, schema.properties.since.maximum],
} as const;

type ListLimits = { items: number; length: number };
const WORDS: ListLimits = { items: TEMPLATE_LIMITS.words, length: TEMPLATE_LIMITS.wordLength };
const CUES: ListLimits = { items: TEMPLATE_LIMITS.cues, length: TEMPLATE_LIMITS.wordLength };
const GLOBS: ListLimits = { items: TEMPLATE_LIMITS.globs, length: TEMPLATE_LIMITS.globLength };

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
  const type = requiredString(input.type, TEMPLATE_LIMITS.typeLength, `${path}.type`, problems, ['缺少文种名称 type（非空字符串）', 'missing type (a non-empty string)']);
  if (!type) return undefined;
  const out: TemplateOverride = { type };
  if ('aliases' in input) assign(out, 'aliases', stringList(input.aliases, `${path}.aliases`, problems, true, WORDS));
  if ('description' in input) {
    if (typeof input.description !== 'string') problems.push(problem(`${path}.description`, '应为字符串', 'should be a string'));
    else if (input.description.length > TEMPLATE_LIMITS.descriptionLength) problems.push(tooLong(`${path}.description`, TEMPLATE_LIMITS.descriptionLength));
    else out.description = input.description;
  }
  if ('recognise' in input) assign(out, 'recognise', recognition(input.recognise, `${path}.recognise`, problems));
  if ('sections' in input) assign(out, 'sections', sections(input.sections, `${path}.sections`, problems));
  if ('fixedSections' in input) out.fixedSections = booleanOr(input.fixedSections, false, `${path}.fixedSections`, problems);
  if ('sent' in input) out.sent = booleanOr(input.sent, false, `${path}.sent`, problems);
  if ('since' in input) {
    const [first, last] = TEMPLATE_LIMITS.since;
    if (typeof input.since === 'number' && Number.isInteger(input.since) && input.since >= first && input.since <= last) out.since = input.since;
    else problems.push(problem(`${path}.since`, `应为年份（${first} 至 ${last} 的整数）`, `should be a year (an integer from ${first} to ${last})`));
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
    if (key in input) assign(out, key as keyof Recognition, stringList(input[key], `${path}.${key}`, problems, true, key === 'fileNamePatterns' ? GLOBS : WORDS));
  }
  return out;
}

function sections(input: unknown, path: string, problems: TemplateProblem[]): TemplateSection[] | undefined {
  if (!Array.isArray(input)) {
    problems.push(problem(path, '应为章节数组', 'should be an array of sections'));
    return undefined;
  }
  const max = TEMPLATE_LIMITS.sections;
  if (input.length > max) problems.push(problem(path, `最多 ${max} 个章节，其后的未使用`, `at most ${max} sections; the rest are not used`));
  const out: TemplateSection[] = [];
  const keys = new Set<string>();
  let cuesLeft = TEMPLATE_LIMITS.cuesInAll;
  input.slice(0, max).forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item)) {
      problems.push(problem(at, '章节应为对象', 'a section should be an object'));
      return;
    }
    unknownKeys(item, SECTION_KEYS, at, problems);
    const key = requiredString(item.key, TEMPLATE_LIMITS.keyLength, `${at}.key`, problems, ['缺少章节键 key（非空字符串）', 'missing key (a non-empty string)']);
    if (key && keys.has(key)) problems.push(problem(`${at}.key`, `章节键“${key}”重复`, `duplicate section key "${key}"`));
    const name = requiredString(item.name, TEMPLATE_LIMITS.nameLength, `${at}.name`, problems, ['缺少章节名称 name（非空字符串）', 'missing name (a non-empty string)']);
    const words = stringList(item.words, `${at}.words`, problems, false, WORDS);
    if (!key || keys.has(key) || !name || !words) return;
    keys.add(key);
    const previous = out.length ? out[out.length - 1].position : 0;
    let position = Math.min(previous + 1, TEMPLATE_LIMITS.position);
    if ('position' in item) {
      if (typeof item.position === 'number' && Number.isInteger(item.position) && item.position >= 1 && item.position <= TEMPLATE_LIMITS.position) position = item.position;
      else problems.push(problem(`${at}.position`, `应为 1 至 ${TEMPLATE_LIMITS.position} 的整数`, `should be an integer from 1 to ${TEMPLATE_LIMITS.position}`));
    }
    let bodyCues = 'bodyCues' in item ? (stringList(item.bodyCues, `${at}.bodyCues`, problems, true, CUES) ?? []) : [];
    if (bodyCues.length > cuesLeft) {
      problems.push(problem(`${at}.bodyCues`, `各章节的 bodyCues 合计最多 ${TEMPLATE_LIMITS.cuesInAll} 条，此处只用前 ${cuesLeft} 条`, `at most ${TEMPLATE_LIMITS.cuesInAll} body cues in all sections together; only the first ${cuesLeft} here are used`));
      bodyCues = bodyCues.slice(0, cuesLeft);
    }
    cuesLeft -= bodyCues.length;
    out.push({
      key,
      name,
      words,
      required: booleanOr(item.required, true, `${at}.required`, problems),
      position,
      topical: booleanOr(item.topical, false, `${at}.topical`, problems),
      bodyCues,
      skeleton: stringOr(item.skeleton, `（此处填写${name}）`, `${at}.skeleton`, problems, TEMPLATE_LIMITS.skeletonLength),
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
  const phrases = stringList(input.phrases, `${path}.phrases`, problems, false, WORDS);
  if (!phrases) return undefined;
  return {
    required: booleanOr(input.required, true, `${path}.required`, problems),
    phrases,
    skeleton: stringOr(input.skeleton, phrases[0].replace(/…+/g, ''), `${path}.skeleton`, problems, TEMPLATE_LIMITS.skeletonLength),
  };
}

function signature(input: unknown, path: string, problems: TemplateProblem[]): SignatureSpec | undefined {
  if (!isObject(input)) {
    problems.push(problem(path, '应为对象', 'should be an object'));
    return undefined;
  }
  unknownKeys(input, SIGNATURE_KEYS, path, problems);
  const max = TEMPLATE_LIMITS.signatureSkeletonLength;
  return {
    signer: booleanOr(input.signer, true, `${path}.signer`, problems),
    date: booleanOr(input.date, true, `${path}.date`, problems),
    signerSkeleton: stringOr(input.signerSkeleton, '（此处填写发文机关署名）', `${path}.signerSkeleton`, problems, max),
    dateSkeleton: stringOr(input.dateSkeleton, '年　月　日', `${path}.dateSkeleton`, problems, max),
  };
}

/** A list of non-empty strings within the limits; an item too long is left out, items past the cap too. */
function stringList(input: unknown, path: string, problems: TemplateProblem[], emptyAllowed: boolean, limits: ListLimits): string[] | undefined {
  if (!Array.isArray(input) || input.some((w) => typeof w !== 'string' || !w.trim())) {
    problems.push(problem(path, '应为非空字符串的数组', 'should be an array of non-empty strings'));
    return undefined;
  }
  if (input.length > limits.items) problems.push(problem(path, `最多 ${limits.items} 项，其后的未使用`, `at most ${limits.items} entries; the rest are not used`));
  const out: string[] = [];
  input.slice(0, limits.items).forEach((w: string, i) => {
    if (w.trim().length > limits.length) problems.push(tooLong(`${path}[${i}]`, limits.length));
    else out.push(w.trim());
  });
  if (!emptyAllowed && !out.length) {
    problems.push(problem(path, '至少需要一项', 'needs at least one entry'));
    return undefined;
  }
  return out;
}

function booleanOr(input: unknown, fallback: boolean, path: string, problems: TemplateProblem[]): boolean {
  if (input === undefined) return fallback;
  if (typeof input === 'boolean') return input;
  problems.push(problem(path, '应为 true 或 false', 'should be true or false'));
  return fallback;
}

function stringOr(input: unknown, fallback: string, path: string, problems: TemplateProblem[], maxLength: number): string {
  if (input === undefined) return fallback;
  if (typeof input !== 'string') problems.push(problem(path, '应为字符串', 'should be a string'));
  else if (input.length > maxLength) problems.push(tooLong(path, maxLength));
  else return input;
  return fallback;
}

function unknownKeys(input: Record<string, unknown>, known: Set<string>, path: string, problems: TemplateProblem[]): void {
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push(problem(`${path}.${key}`, `未知字段“${key}”，已忽略`, `unknown field "${key}", ignored`));
  }
}

/** The trimmed string, or undefined with one problem: missing, or longer than `maxLength`. */
function requiredString(input: unknown, maxLength: number, path: string, problems: TemplateProblem[], [zh, en]: [string, string]): string | undefined {
  const value = typeof input === 'string' ? input.trim() : '';
  if (!value) problems.push(problem(path, zh, en));
  else if (value.length > maxLength) problems.push(tooLong(path, maxLength));
  else return value;
  return undefined;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function tooLong(path: string, maxLength: number): TemplateProblem {
  return problem(path, `过长（上限 ${maxLength} 个字符），未使用`, `too long (at most ${maxLength} characters); not used`);
}

function problem(path: string, zh: string, en: string): TemplateProblem {
  return { path, message: msg(zh, en) };
}
