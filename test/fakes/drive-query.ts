/**
 * Drive's `q` language (upstream-apis §2), for the forms a client sends: `'<id>' in parents`,
 * `mimeType = | != '…'`, `name contains | = '…'`, `trashed = true|false`, `sharedWithMe = true`,
 * joined with and / or / not and parentheses. Strings are single-quoted with `\'` and `\\` escapes.
 * Anything else throws (the fake answers 400 Invalid Value, location q, as Drive does).
 */
export interface DriveQueryTarget {
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  sharedWithMe: boolean;
}

export type DrivePredicate = (file: DriveQueryTarget) => boolean;

type Token = { kind: "string" | "word" | "op" | "paren"; value: string };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= q.length) throw new Error("unterminated string");
        const d = q[i]!;
        if (d === "\\") {
          const next = q[i + 1];
          if (next !== "'" && next !== "\\") throw new Error("bad escape");
          value += next;
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          value += d;
          i++;
        }
      }
      tokens.push({ kind: "string", value });
    } else if (c === "(" || c === ")") tokens.push({ kind: "paren", value: c }), i++;
    else if (q.startsWith("!=", i) || q.startsWith("<=", i) || q.startsWith(">=", i)) tokens.push({ kind: "op", value: q.slice(i, i + 2) }), (i += 2);
    else if ("=<>".includes(c)) tokens.push({ kind: "op", value: c }), i++;
    else {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(q.slice(i))?.[0];
      if (!word) throw new Error(`unexpected ${c}`);
      tokens.push({ kind: "word", value: word });
      i += word.length;
    }
  }
  return tokens;
}

/** Drive: `contains` on a name matches a prefix of the name or of one of its words, case-insensitively. */
const nameContains = (name: string, term: string) => {
  const n = name.toLowerCase();
  const t = term.toLowerCase();
  return n.startsWith(t) || n.split(/\s+/).some((w) => w.startsWith(t)) || n.includes(` ${t}`);
};

export function parseDriveQuery(q: string): DrivePredicate {
  const tokens = tokenize(q);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (kind?: Token["kind"], value?: string) => {
    const t = tokens[pos];
    if (!t || (kind && t.kind !== kind) || (value !== undefined && t.value !== value)) throw new Error(`expected ${value ?? kind}`);
    pos++;
    return t;
  };
  const isWord = (w: string) => peek()?.kind === "word" && peek()!.value === w;

  function orExpr(): DrivePredicate {
    let left = andExpr();
    while (isWord("or")) {
      take();
      const l = left, r = andExpr();
      left = (f) => l(f) || r(f);
    }
    return left;
  }
  function andExpr(): DrivePredicate {
    let left = unary();
    while (isWord("and")) {
      take();
      const l = left, r = unary();
      left = (f) => l(f) && r(f);
    }
    return left;
  }
  function unary(): DrivePredicate {
    if (isWord("not")) {
      take();
      const inner = unary();
      return (f) => !inner(f);
    }
    if (peek()?.kind === "paren" && peek()!.value === "(") {
      take();
      const inner = orExpr();
      take("paren", ")");
      return inner;
    }
    return comparison();
  }
  function comparison(): DrivePredicate {
    if (peek()?.kind === "string") {
      const value = take().value;
      take("word", "in");
      take("word", "parents");
      return (f) => f.parents.includes(value);
    }
    const field = take("word").value;
    const op = peek()?.kind === "word" && peek()!.value === "contains" ? take().value : take("op").value;
    if (field === "name" || field === "mimeType") {
      const value = take("string").value;
      const get = (f: DriveQueryTarget) => (field === "name" ? f.name : f.mimeType);
      if (op === "=") return (f) => get(f) === value;
      if (op === "!=") return (f) => get(f) !== value;
      if (op === "contains" && field === "name") return (f) => nameContains(f.name, value);
      if (op === "contains") return (f) => f.mimeType.includes(value);
      throw new Error(`operator ${op} not supported on ${field}`);
    }
    if (field === "trashed" || field === "sharedWithMe") {
      const word = take("word").value;
      if (word !== "true" && word !== "false") throw new Error("boolean expected");
      const value = word === "true";
      if (op === "=") return (f) => f[field] === value;
      if (op === "!=") return (f) => f[field] !== value;
      throw new Error(`operator ${op} not supported on ${field}`);
    }
    throw new Error(`unknown field ${field}`);
  }

  const predicate = orExpr();
  if (pos !== tokens.length) throw new Error("trailing input");
  return predicate;
}
