/**
 * JSON Schema validation of a config against its dialect's schema, with ajv, and the mapping of
 * each ajv error to the exact place in the text and a sentence a person understands.
 *
 * Runs on every keystroke: each schema is compiled once, on first use, and cached; validation is
 * one pass over the plain value. ajv's `anyOf`/`oneOf` noise is collapsed to one message per
 * place, and the `if`/`then` bookkeeping errors are dropped.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Dialect } from '../dialects/dialect';
import { toPlainValue, type ParsedDocument } from '../json/syntax-tree';
import { ALTERNATIVES, ErrorContext, type SchemaProblem } from './messages';


/** More problems than this in one file are not worth listing: the first ones tell the story. */
const MAX_PROBLEMS = 200;

const validators = new WeakMap<object, ValidateFunction>();

/** The compiled validator of `schema`, compiled on first use. */
function validatorFor(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    // One ajv instance per schema: schemas share no `$ref`s, and a second schema with the same
    // `$id` (a test's, a forced dialect's) must not collide with the first.
    const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, allowUnionTypes: true, validateSchema: false });
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** Validates the document against `dialect.schema`. Empty when it conforms or has no root. */
export function validateAgainstSchema(document: ParsedDocument, dialect: Dialect): SchemaProblem[] {
  const root = document.root;
  if (!root) return [];
  const validate = validatorFor(dialect.schema);
  if (validate(toPlainValue(root))) return [];
  const errors = collapseAlternatives((validate.errors ?? []).filter((error) => error.keyword !== 'if'));

  const unknownKeys = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'additionalProperties') {
      unknownKeys.add(`${error.instancePath}\u0000${String((error.params as { additionalProperty?: unknown }).additionalProperty)}`);
    }
  }
  const context = new ErrorContext(document, dialect, unknownKeys);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = context.toProblem(error);
    if (!problem) continue;
    const key = `${problem.offset}:${problem.length}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

// ---------- anyOf / oneOf ----------

/**
 * ajv reports every failed branch of an `anyOf`/`oneOf` and then the `anyOf` itself. Keep one
 * story per place: the errors of the branch that fits the value's type best, or, when no branch
 * takes a value of this type, a single type error naming every accepted type.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      out.push(error);
      continue;
    }
    // The branches' errors come right before the anyOf's own error.
    const prefix = `${error.schemaPath}/`;
    const branchErrors: ErrorObject[] = [];
    while (out.length > 0 && out[out.length - 1]!.schemaPath.startsWith(prefix)) branchErrors.unshift(out.pop()!);
    if (branchErrors.length === 0) {
      // oneOf matched more than one branch, or nothing to explain: keep it as is.
      out.push(error);
      continue;
    }
    const branches = new Map<string, ErrorObject[]>();
    for (const branchError of branchErrors) {
      const index = branchError.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      const list = branches.get(index) ?? [];
      list.push(branchError);
      branches.set(index, list);
    }
    const isWrongType = (e: ErrorObject): boolean => e.keyword === 'type' && e.instancePath === error.instancePath;
    const fitting = [...branches.values()].filter((list) => !list.some(isWrongType));
    if (fitting.length > 0) {
      fitting.sort((a, b) => a.length - b.length);
      out.push(...fitting[0]!);
      continue;
    }
    // No branch takes a value of this type: one type error naming each branch's expectation.
    const alternatives: unknown[] = [];
    for (const list of branches.values()) {
      for (const e of list) if (isWrongType(e)) alternatives.push(e.parentSchema);
    }
    out.push({ ...error, keyword: 'type', params: {}, parentSchema: { [ALTERNATIVES]: alternatives } });
  }
  return out;
}
