// Reading `.gongwenrc.json` with jsonc-parser (comments and trailing commas allowed, as ESLint and
// VS Code allow them), keeping where every value is so that each problem names its line, column
// and field. A file that is not JSON gives one problem, at the place it stops being JSON.

// The ES module build: the package's main entry is a UMD file whose dynamic `require`s esbuild cannot bundle.
import { createScanner, findNodeAtOffset, getNodePath, parseTree, printParseErrorCode, type Node, type ParseError, type SyntaxKind } from 'jsonc-parser/lib/esm/main.js';
import { LineIndex, msg, type Message } from '../engine';

/** A path into the file's value: property names and array indices. */
export type JsonPath = (string | number)[];

export interface Located {
  /** 1-based. */
  line: number;
  column: number;
}

export type JsoncResult =
  | {
      ok: true;
      value: unknown;
      /** Where the field at `path` is: its key for a property, its first character for an array element. */
      locate(path: JsonPath): Located;
      /** Keys given twice in one object, where the later one is: JSON keeps it, which is rarely what the writer meant. */
      duplicates: { path: JsonPath; at: Located }[];
    }
  | { ok: false; at: Located; field: JsonPath; message: Message };

/** Deeper than this, a configuration is not a configuration; jsonc-parser would also overflow the stack. */
const MAX_DEPTH = 64;

export function readJsonc(input: string): JsoncResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const where = positions(text);
  const tooDeep = depthExceeded(text);
  if (tooDeep !== undefined) return { ok: false, at: where(tooDeep), field: [], message: msg(`嵌套超过 ${MAX_DEPTH} 层`, `nested more than ${MAX_DEPTH} levels deep`) };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length || !tree) {
    const [error] = errors;
    const offset = error?.offset ?? 0;
    return { ok: false, at: where(offset), field: tree ? pathAt(tree, offset) : [], message: error ? syntaxMessage(error, text) : msg('此处应为一个值', 'expected a value') };
  }
  const duplicates: { path: JsonPath; at: Located }[] = [];
  // Where each field is, recorded in the one walk that reads the value: looking fields up in the
  // tree one problem at a time was quadratic (40,000 unknown rules took 24 s).
  const offsets = new Map<string, number>([[pathKey([]), tree.offset]]);
  const value = toValue(tree, [], {
    duplicate: (path, offset) => duplicates.push({ path, at: where(offset) }),
    field: (path, offset) => offsets.set(pathKey(path), offset),
  });
  return {
    ok: true,
    value,
    duplicates,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const offset = offsets.get(pathKey(path.slice(0, n)));
        if (offset !== undefined) return where(offset);
      }
      return where(0);
    },
  };
}

const pathKey = (path: JsonPath) => JSON.stringify(path);

interface Seen {
  /** A key given twice in one object: where the later one is. */
  duplicate(path: JsonPath, offset: number): void;
  /** Where a field is: its key for a property (where the writer looks), its first character for an array element. */
  field(path: JsonPath, offset: number): void;
}

/** The value of a parse tree, with `__proto__` kept as a plain key, fields located and duplicate keys noted. */
function toValue(node: Node, path: JsonPath, seen: Seen): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        const name = String(key.value);
        if (Object.prototype.hasOwnProperty.call(out, name)) seen.duplicate([...path, name], key.offset);
        seen.field([...path, name], property.offset);
        Object.defineProperty(out, name, { value: toValue(value, [...path, name], seen), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map((child, i) => {
        seen.field([...path, i], child.offset);
        return toValue(child, [...path, i], seen);
      });
    default:
      return node.value;
  }
}

// jsonc-parser's token kinds are a `const enum`, which isolated modules cannot read: their values.
const OPEN: readonly SyntaxKind[] = [1 satisfies SyntaxKind.OpenBraceToken, 3 satisfies SyntaxKind.OpenBracketToken];
const CLOSE: readonly SyntaxKind[] = [2 satisfies SyntaxKind.CloseBraceToken, 4 satisfies SyntaxKind.CloseBracketToken];
const EOF = 17 satisfies SyntaxKind.EOF;

/** The offset where nesting first goes deeper than MAX_DEPTH, read token by token (strings and comments are skipped). */
function depthExceeded(text: string): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (OPEN.includes(kind)) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (CLOSE.includes(kind)) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** The object or array the parser was reading at `offset`, for messages (`rules`). */
function pathAt(tree: Node, offset: number): JsonPath {
  let node = findNodeAtOffset(tree, offset);
  while (node && node.type !== 'object' && node.type !== 'array') node = node.parent;
  return node ? getNodePath(node) : [];
}

/** Characters Chinese input methods type in place of JSON's punctuation. */
const FULL_WIDTH = '：，“”｛｝［］';

function syntaxMessage(error: ParseError, text: string): Message {
  const found = text[error.offset];
  if (found && FULL_WIDTH.includes(found)) return msg(`全角符号“${found}”不能用作 JSON 标点，请改用半角`, `full-width "${found}" cannot be JSON punctuation; use the half-width one`);
  if (found === "'") return msg('JSON 字符串要用双引号', 'JSON strings use double quotes');
  const what = printParseErrorCode(error.error);
  const [zh, en] = SYNTAX_MESSAGES[what] ?? ['此处不是有效的 JSON', 'invalid JSON here'];
  return msg(zh, en);
}

const SYNTAX_MESSAGES: Record<string, [zh: string, en: string]> = {
  InvalidSymbol: ['此处有无效的字符', 'invalid character'],
  InvalidNumberFormat: ['数字写法无效', 'invalid number'],
  PropertyNameExpected: ['此处应为带双引号的字段名', 'expected a property name in double quotes'],
  ValueExpected: ['此处应为一个值', 'expected a value'],
  ColonExpected: ['此处应为冒号“:”', 'expected ":"'],
  CommaExpected: ['此处应为逗号“,”或“}”“]”', 'expected "," or "}" or "]"'],
  CloseBraceExpected: ['缺少“}”', 'expected "}"'],
  CloseBracketExpected: ['缺少“]”', 'expected "]"'],
  EndOfFileExpected: ['此处应为文件结尾', 'expected the end of the file'],
  InvalidCommentToken: ['注释写法无效', 'invalid comment'],
  UnexpectedEndOfComment: ['注释没有结束（缺少 */）', 'unterminated comment (missing */)'],
  UnexpectedEndOfString: ['字符串没有结束（缺少 "）', 'unterminated string (missing ")'],
  UnexpectedEndOfNumber: ['数字没有写完', 'unterminated number'],
  InvalidUnicode: ['\\u 转义无效', 'invalid \\u escape'],
  InvalidEscapeCharacter: ['无效的转义；正则表达式中的反斜杠要写两次（\\\\d）', 'invalid escape; a backslash in a regular expression is written twice (\\\\d)'],
  InvalidCharacter: ['字符串中不能直接换行或含控制字符', 'a string cannot hold a line break or a control character'],
};

/** 1-based line and column of an offset, with lines ended as the editor ends them. */
function positions(text: string): (offset: number) => Located {
  const lines = new LineIndex(text);
  return (offset) => {
    const at = lines.positionAt(offset);
    return { line: at.line + 1, column: at.character + 1 };
  };
}
