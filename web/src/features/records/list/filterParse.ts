// Reads a saved view's filter text back into the builder's model. The grammar is the API's
// (crates/domain/src/filter.rs); a filter the builder cannot show (`not`, deeper nesting,
// mixed joins inside a group) yields `null`, and the list keeps it as text.
import { newId, OPERATORS, type Condition, type FilterModel, type Group, type Join, type Operator } from "./filterModel";

type Token =
  | { kind: "word"; text: string }
  | { kind: "string"; text: string }
  | { kind: "symbol"; text: string };

const SYMBOLS = ["<=", ">=", "!=", "(", ")", "[", "]", ",", "=", "<", ">"];
const WORD_START = /[\p{L}\p{N}_\-.+@]/u;
const WORD_PART = /[\p{L}\p{N}_\-.+@:]/u;

function readString(input: string, start: number): [string, number] | null {
  let text = "";
  let i = start + 1;
  while (i < input.length) {
    const c = input[i] as string;
    if (c === '"') return [text, i + 1];
    if (c === "\\") {
      if (i + 1 >= input.length) return null;
      text += input[i + 1];
      i += 2;
    } else {
      text += c;
      i += 1;
    }
  }
  return null;
}

export function tokenize(input: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"') {
      const read = readString(input, i);
      if (!read) return null;
      tokens.push({ kind: "string", text: read[0] });
      i = read[1];
    } else if (SYMBOLS.some((s) => input.startsWith(s, i))) {
      const symbol = SYMBOLS.find((s) => input.startsWith(s, i)) as string;
      tokens.push({ kind: "symbol", text: symbol });
      i += symbol.length;
    } else if (WORD_START.test(c)) {
      let word = "";
      while (i < input.length && WORD_PART.test(input[i] as string)) {
        word += input[i];
        i += 1;
      }
      tokens.push({ kind: "word", text: word });
    } else {
      return null;
    }
  }
  return tokens;
}

type Node =
  | { type: "and" | "or"; parts: Node[] }
  | { type: "not" }
  | { type: "condition"; field: string; op: Operator; values: string[] };

const SYMBOL_OPS: Record<string, Operator> = { "=": "eq", "!=": "neq", "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" };

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token?.kind === "word" && token.text.toLowerCase() === word;
  }

  private isSymbol(symbol: string): boolean {
    const token = this.peek();
    return token?.kind === "symbol" && token.text === symbol;
  }

  done(): boolean {
    return this.pos >= this.tokens.length;
  }

  expression(): Node | null {
    return this.joined("or", () => this.joined("and", () => this.unary()));
  }

  private joined(join: Join, part: () => Node | null): Node | null {
    const first = part();
    if (!first) return null;
    const parts = [first];
    while (this.isKeyword(join)) {
      this.pos += 1;
      const next = part();
      if (!next) return null;
      parts.push(next);
    }
    return parts.length === 1 ? first : { type: join, parts };
  }

  private unary(): Node | null {
    if (this.isKeyword("not")) return { type: "not" };
    if (this.isSymbol("(")) {
      this.pos += 1;
      const inner = this.expression();
      if (!inner || !this.isSymbol(")")) return null;
      this.pos += 1;
      return inner;
    }
    return this.condition();
  }

  private operator(): Operator | null {
    const token = this.tokens[this.pos++];
    if (!token) return null;
    if (token.kind === "symbol") return SYMBOL_OPS[token.text] ?? null;
    const word = token.text.toLowerCase();
    return token.kind === "word" && (OPERATORS as readonly string[]).includes(word) ? (word as Operator) : null;
  }

  private literal(): string | null {
    const token = this.tokens[this.pos++];
    return token && token.kind !== "symbol" ? token.text : null;
  }

  private list(): string[] | null {
    if (!this.isSymbol("[")) return null;
    this.pos += 1;
    const values: string[] = [];
    for (;;) {
      const value = this.literal();
      if (value === null) return null;
      values.push(value);
      if (this.isSymbol("]")) {
        this.pos += 1;
        return values;
      }
      if (!this.isSymbol(",")) return null;
      this.pos += 1;
    }
  }

  private condition(): Node | null {
    const field = this.tokens[this.pos++];
    if (field?.kind !== "word") return null;
    let op = this.operator();
    if (!op) return null;
    let values: string[] = [];
    if (op === "in") {
      const list = this.list();
      if (!list) return null;
      values = list;
    } else if (op !== "is_empty" && op !== "is_not_empty") {
      const value = this.literal();
      if (value === null) return null;
      // The API reads `eq null` as "is empty".
      if (value === "null" && (op === "eq" || op === "neq")) op = op === "eq" ? "is_empty" : "is_not_empty";
      else values = [value];
    }
    return { type: "condition", field: field.text, op, values };
  }
}

function toCondition(node: Node): Condition | null {
  if (node.type !== "condition") return null;
  const value = node.op === "in" ? node.values : (node.values[0] ?? "");
  return { kind: "condition", id: newId(), field: node.field, op: node.op, value };
}

function toItem(node: Node, outer: Join): Condition | Group | null {
  if (node.type === "condition") return toCondition(node);
  if (node.type === "not" || node.type === outer) return null;
  const conditions = node.parts.map(toCondition);
  if (conditions.some((c) => c === null)) return null;
  return { kind: "group", id: newId(), join: node.type, conditions: conditions as Condition[] };
}

/** The model of a filter text, or `null` when the builder cannot show it. */
export function parseFilter(text: string | null | undefined): FilterModel | null {
  if (!text?.trim()) return { join: "and", items: [] };
  const tokens = tokenize(text);
  if (!tokens) return null;
  const parser = new Parser(tokens);
  const root = parser.expression();
  if (!root || !parser.done()) return null;
  if (root.type === "condition") return { join: "and", items: [toCondition(root) as Condition] };
  if (root.type === "not") return null;
  const items = root.parts.map((part) => toItem(part, root.type));
  if (items.some((item) => item === null)) return null;
  return { join: root.type, items: items as (Condition | Group)[] };
}
