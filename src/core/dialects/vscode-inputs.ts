/**
 * VS Code `inputs`: the prompts behind `${input:id}`. Rules about unresolved inputs and
 * unmasked password prompts read them through here.
 */
import { asArray, asString, getProperty, type JsonObject, type JsonString, type ParsedDocument } from '../json/syntax-tree';

export interface VscodeInput {
  /** The input's id (`''` when the input has none). */
  id: string;
  /** `promptString`, `pickString`, `command`, … as written. */
  type?: string;
  /** The `password` flag when it is a boolean. */
  password?: boolean;
  /** The input's object. */
  node: JsonObject;
  /** The `id` value, for ranges. */
  idNode?: JsonString;
}

/** Every object in the document's top-level `inputs` array, in source order. */
export function vscodeInputs(document: ParsedDocument): VscodeInput[] {
  const inputs = asArray(getProperty(document.root, 'inputs'));
  if (!inputs) return [];
  const result: VscodeInput[] = [];
  for (const item of inputs.items) {
    if (item.type !== 'object') continue;
    const idNode = asString(getProperty(item, 'id'));
    const input: VscodeInput = { id: idNode?.value ?? '', node: item };
    if (idNode) input.idNode = idNode;
    const type = asString(getProperty(item, 'type'));
    if (type) input.type = type.value;
    const password = getProperty(item, 'password');
    if (password?.type === 'boolean') input.password = password.value;
    result.push(input);
  }
  return result;
}
