/**
 * Which MDX {expressions} content may hold, judged by the parsed program rather than by its text: MDX compiles an
 * expression into the page's code, so anything but an explicit list would run when the site is built. The list is
 * what the content model needs: `{props.name}` (a value the page passes in, printed as text) and comments alone.
 * Parsed by acorn, the JavaScript parser MDX tooling is built on; whatever it cannot parse is refused.
 */
import { parse, type Expression, type Program } from 'acorn';

/** Names a page never passes: inherited members of every object, and MDX's own component map. */
const NOT_A_VALUE = new Set([...Object.getOwnPropertyNames(Object.prototype), 'components']);

/** The program of an expression's source, or the parser's complaint. */
function program(source: string): Program | string {
  try {
    // A module: no HTML-like comments (<!--), no hashbang, no `with`; the newest syntax, so nothing is misread.
    return parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: false });
  } catch (error) {
    return (error as Error).message;
  }
}

/** `props.name`, read without a call, an index or an optional chain: the one expression content may print. */
function propName(expression: Expression): string | undefined {
  if (expression.type !== 'MemberExpression' || expression.computed || expression.optional) return undefined;
  const { object, property } = expression;
  if (object.type !== 'Identifier' || object.name !== 'props' || property.type !== 'Identifier') return undefined;
  return NOT_A_VALUE.has(property.name) ? undefined : property.name;
}

/** Why an expression is refused, in words for the author, or undefined when it is `{props.name}` or only comments. */
export function expressionFault(source: string): string | undefined {
  const parsed = program(source);
  if (typeof parsed === 'string') return `it is not a JavaScript expression MDX could read (${parsed})`;
  if (parsed.body.length === 0) return undefined; // empty, or comments only: {/* a note */}
  const [statement, ...more] = parsed.body;
  if (!more.length && statement?.type === 'ExpressionStatement' && propName(statement.expression)) return undefined;
  if (more.length) return `it is ${parsed.body.length} statements, not a value the page passes in`;
  const kind = statement?.type === 'ExpressionStatement' ? statement.expression.type : statement!.type;
  if (kind === 'MemberExpression')
    return 'it reads a member computed ([…]), optional (?.) or inherited, not one value the page passes in';
  return `it is ${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}, not a value the page passes in`;
}
