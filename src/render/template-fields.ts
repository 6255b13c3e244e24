import Handlebars from 'handlebars';

type Node = hbs.AST.Node;
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);
// Inside these blocks "fact" means a field of the current item, which we cannot check statically.
const SCOPE_CHANGING = new Set(['each', 'with']);
const KEEPS_SCOPE = new Set(['if', 'unless']);

export interface UnknownField {
  field: string;
  line: number;
}

/**
 * Fields a template refers to that the draft context does not have. Rendering in strict mode
 * only catches fields on the branch that runs; this walks every branch of the parsed template.
 *
 * @example unknownFields('{{#if fact}}{{facts}}{{/if}}', new Set(['fact']), new Set()) // [{field: 'facts', line: 1}]
 */
export function unknownFields(source: string, known: Set<string>, helpers: Set<string>): UnknownField[] {
  const found: UnknownField[] = [];
  const isHelper = (name: string) => helpers.has(name) || BUILTIN_HELPERS.has(name);

  const checkPath = (path: hbs.AST.PathExpression, scoped: boolean) => {
    if (scoped || path.data || path.depth > 0 || path.parts.length === 0) return;
    const field = path.parts.join('.');
    if (!known.has(field)) found.push({ field, line: path.loc?.start.line ?? 0 });
  };

  const checkExpr = (expr: Node, scoped: boolean) => {
    if (expr.type === 'PathExpression') checkPath(expr as hbs.AST.PathExpression, scoped);
    if (expr.type === 'SubExpression') {
      const sub = expr as hbs.AST.SubExpression;
      sub.params.forEach((p) => checkExpr(p, scoped));
      sub.hash?.pairs.forEach((p) => checkExpr(p.value, scoped));
    }
  };

  const visit = (program: hbs.AST.Program | undefined, scoped: boolean): void => {
    for (const node of program?.body ?? []) {
      if (node.type === 'MustacheStatement') {
        const m = node as hbs.AST.MustacheStatement;
        const hasArgs = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
        if (m.path.type === 'PathExpression') {
          const path = m.path as hbs.AST.PathExpression;
          if (!hasArgs && !isHelper(path.original)) checkPath(path, scoped);
        }
        m.params.forEach((p) => checkExpr(p, scoped));
        m.hash?.pairs.forEach((p) => checkExpr(p.value, scoped));
      } else if (node.type === 'BlockStatement') {
        const b = node as hbs.AST.BlockStatement;
        const name = b.path.original;
        if (!isHelper(name)) checkPath(b.path, scoped);
        b.params.forEach((p) => checkExpr(p, scoped));
        // Only if/unless keep the context; each/with, custom block helpers and {{#field}} change it.
        const inner = scoped || SCOPE_CHANGING.has(name) || !KEEPS_SCOPE.has(name);
        visit(b.program, inner);
        visit(b.inverse, scoped);
      } else if (node.type === 'PartialStatement') {
        (node as hbs.AST.PartialStatement).params.forEach((p) => checkExpr(p, scoped));
      }
    }
  };

  visit(Handlebars.parse(source), false);
  return found;
}
