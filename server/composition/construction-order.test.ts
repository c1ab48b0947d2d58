import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The composition root creates each module once, in order, passing it functions of the modules
// created above it. A lambda that calls a module declared further down ("membership is created
// below") hides a cycle between two modules: no import shows it, so dependency-cruiser cannot see
// it, and the start-up order quietly starts to matter. This test finds that pattern in the files
// that compose modules: the composition root (app.ts, composition/) and the flows.

const SERVER = join(import.meta.dirname, '..');
const ROOT = join(SERVER, '..');

type LateBinding = { line: number; name: string; declaredAt: number };

const isFunctionLike = (node: ts.Node) =>
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node) ||
  ts.isFunctionDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isGetAccessor(node) ||
  ts.isSetAccessor(node);

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(n)) return n;
  return undefined;
}

/**
 * Inside a function, a closure that reads a local variable before that variable is complete: a
 * `const` declared further down (or being declared: its own initializer), or a `let` assigned
 * further down. Module-level declarations are not concerned (they exist before any call).
 */
function lateBindings(fileName: string, source: string): LateBinding[] {
  const host = ts.createCompilerHost({});
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const program = ts.createProgram({
    rootNames: [fileName],
    options: { noResolve: true, noLib: true, types: [] },
    host: { ...host, getSourceFile: (name) => (name === fileName ? file : undefined), fileExists: () => true },
  });
  const checker = program.getTypeChecker();
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1;

  // The positions where each `let` of a function is assigned.
  const assignments = new Map<ts.Symbol, number[]>();
  const found: LateBinding[] = [];
  const uses: { id: ts.Identifier; symbol: ts.Symbol }[] = [];

  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = ts.isIdentifier(node.left) ? checker.getSymbolAtLocation(node.left) : undefined;
      if (target) assignments.set(target, [...(assignments.get(target) ?? []), node.getStart()]);
    }
    if (ts.isIdentifier(node)) {
      const symbol = ts.isShorthandPropertyAssignment(node.parent)
        ? checker.getShorthandAssignmentValueSymbol(node.parent)
        : checker.getSymbolAtLocation(node);
      if (symbol) uses.push({ id: node, symbol });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  for (const { id, symbol } of uses) {
    const declaration = symbol.valueDeclaration;
    if (!declaration || !(ts.isVariableDeclaration(declaration) || ts.isBindingElement(declaration))) continue;
    if (declaration.getSourceFile() !== file) continue;
    const scope = enclosingFunction(declaration);
    // Module level, or used directly in the function that declares it (the compiler checks that).
    if (!scope || enclosingFunction(id) === scope) continue;
    // Only a use inside a closure of the declaring function.
    if (!(id.getStart() > scope.getStart() && id.getEnd() <= scope.getEnd())) continue;
    let variable: ts.Node = declaration;
    while (!ts.isVariableDeclarationList(variable)) variable = variable.parent;
    const isLet = variable.flags & ts.NodeFlags.BlockScoped && !(variable.flags & ts.NodeFlags.Const);
    const pending = isLet
      ? (assignments.get(symbol) ?? []).filter((at) => at > id.getStart())
      : declaration.getEnd() > id.getStart()
        ? [declaration.getStart()]
        : [];
    const at = pending[0];
    if (at === undefined || (ts.isIdentifier(declaration.name) && declaration.name === id)) continue;
    found.push({ line: lineOf(id.getStart()), name: id.text, declaredAt: lineOf(at) });
  }
  return found;
}

function compositionFiles() {
  const inDir = (dir: string) =>
    readdirSync(join(SERVER, dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(SERVER, dir, f));
  return [join(SERVER, 'app.ts'), ...inDir('composition'), ...inDir('flows')];
}

describe('construction order of the modules', () => {
  it('finds a port that calls a module created further down', () => {
    const late = `
      export function build() {
        const points = createPoints({ ports: { nextTier: (tx, b) => membership.nextTier(tx, b) } });
        const membership = createMembership({ ports: { balance: points.balance } });
        return { points, membership };
      }`;
    expect(lateBindings('late.ts', late)).toEqual([{ line: 3, name: 'membership', declaredAt: 4 }]);

    const assignedLater = `
      export function build() {
        let billing;
        const membership = createMembership({ ports: { orderPlaced: (id) => billing.orderPlaced(id) } });
        billing = createBilling({ ports: { orderPaid: membership.orderPaid } });
      }`;
    expect(lateBindings('assigned.ts', assignedLater)).toEqual([{ line: 4, name: 'billing', declaredAt: 5 }]);

    const inOrder = `
      export function build() {
        const membership = createMembership({});
        const points = createPoints({ ports: { nextTier: (tx, b) => membership.nextTier(tx, b), membership } });
        let state;
        state = 1;
        return () => [points, state];
      }`;
    expect(lateBindings('in-order.ts', inOrder)).toEqual([]);
  });

  it('the composition root and the flows create every module before a port calls it', () => {
    const problems = compositionFiles().flatMap((path) =>
      lateBindings(path, readFileSync(path, 'utf8')).map(
        (b) =>
          `${relative(ROOT, path)}:${b.line}: a lambda calls "${b.name}", not complete before line ${b.declaredAt}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
