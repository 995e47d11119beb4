/**
 * Generates docs/API.md from the TSDoc of the public API (everything lib/index.ts exports), and
 * lists what is undocumented: an exported symbol or public member without a comment, an
 * optional property without `@default`.
 */
import * as path from 'path';
import * as ts from 'typescript';

/** The generated reference and the documentation gaps found on the way. */
export interface ApiDocs {
  readonly markdown: string;
  readonly problems: string[];
}

const ROOT = path.join(__dirname, '..');

export function generateApiDocs(): ApiDocs {
  const entry = path.join(ROOT, 'lib', 'index.ts');
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const problems: string[] = [];

  const docOf = (symbol: ts.Symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const tag = (symbol: ts.Symbol, name: string) => {
    const found = symbol.getJsDocTags(checker).find((t) => t.name === name);
    return found ? ts.displayPartsToString(found.text).trim() : undefined;
  };
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  const typeText = (node: ts.Node | undefined, owner?: ts.Node) => {
    if (node) return node.getText().replace(/\s+/g, ' ');
    if (!owner) return 'any';
    const type = checker.getTypeAtLocation(owner);
    return checker.typeToString(type.isLiteral() ? checker.getBaseTypeOfLiteralType(type) : type);
  };
  const isPublic = (member: ts.ClassElement) => {
    const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
    const name = member.name?.getText() ?? '';
    return !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && !name.startsWith('_') && !name.startsWith('#');
  };

  const sections: Record<'class' | 'interface' | 'enum', string[]> = { class: [], interface: [], enum: [] };
  const symbols = checker
    .getExportsOfModule(moduleSymbol)
    .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
    .sort((a, b) => a.getName().localeCompare(b.getName()));

  for (const symbol of symbols) {
    const name = symbol.getName();
    const declaration = symbol.declarations![0];
    const doc = docOf(symbol);
    if (!doc) problems.push(`${name}: no documentation`);

    if (ts.isClassDeclaration(declaration)) {
      const lines = [`### ${name}`, '', doc, ''];
      if (declaration.heritageClauses) lines.push(`*${declaration.heritageClauses.map((h) => h.getText()).join(' ')}*`, '');
      for (const member of declaration.members) {
        if (!isPublic(member)) continue;
        const memberSymbol = member.name ? checker.getSymbolAtLocation(member.name) : undefined;
        const isStatic = !!(ts.getCombinedModifierFlags(member as ts.Declaration) & ts.ModifierFlags.Static);
        const prefix = isStatic ? `${name}.` : '';
        if (ts.isConstructorDeclaration(member)) {
          for (const p of member.parameters) {
            const modifiers = ts.getCombinedModifierFlags(p);
            if (modifiers & ts.ModifierFlags.Public) {
              const ps = checker.getSymbolAtLocation(p.name)!;
              lines.push(`- \`${p.name.getText()}: ${typeText(p.type)}\`: ${oneLine(docOf(ps))}`);
              if (!docOf(ps)) problems.push(`${name}.${p.name.getText()}: no documentation`);
            }
          }
          lines.push(
            `- \`new ${name}(${member.parameters.map((p) => `${p.name.getText()}${p.questionToken || p.initializer ? '?' : ''}: ${typeText(p.type)}`).join(', ')})\``,
          );
          continue;
        }
        if (!memberSymbol) continue;
        const memberDoc = docOf(memberSymbol);
        if (!memberDoc) problems.push(`${name}.${memberSymbol.getName()}: no documentation`);
        if (ts.isMethodDeclaration(member)) {
          const params = member.parameters
            .map((p) => `${p.name.getText()}${p.questionToken || p.initializer ? '?' : ''}: ${typeText(p.type)}`)
            .join(', ');
          lines.push(`- \`${prefix}${memberSymbol.getName()}(${params}): ${typeText(member.type)}\`: ${oneLine(memberDoc)}`);
        } else if (ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) {
          lines.push(`- \`${prefix}${memberSymbol.getName()}: ${typeText(member.type, member)}\`: ${oneLine(memberDoc)}`);
        }
      }
      sections.class.push(lines.join('\n'));
    } else if (ts.isInterfaceDeclaration(declaration)) {
      const lines = [`### ${name}`, '', doc, ''];
      if (declaration.heritageClauses) lines.push(`*${declaration.heritageClauses.map((h) => h.getText()).join(' ')}*`, '');
      const rows: string[] = [];
      for (const member of declaration.members) {
        if (!member.name) continue;
        const memberSymbol = checker.getSymbolAtLocation(member.name)!;
        const memberName = memberSymbol.getName();
        const memberDoc = docOf(memberSymbol);
        if (!memberDoc) problems.push(`${name}.${memberName}: no documentation`);
        const optional = !!member.questionToken;
        const byDefault = tag(memberSymbol, 'default');
        if (optional && byDefault === undefined && !name.startsWith('I')) problems.push(`${name}.${memberName}: optional without @default`);
        const type = ts.isPropertySignature(member)
          ? typeText(member.type)
          : ts.isMethodSignature(member)
            ? `(${member.parameters.map((p) => `${p.name.getText()}: ${typeText(p.type)}`).join(', ')}) => ${typeText(member.type)}`
            : '';
        rows.push(
          `| \`${memberName}${optional ? '?' : ''}\` | \`${oneLine(type)}\` | ${optional ? oneLine(byDefault ?? '') : '*required*'} | ${oneLine(memberDoc)} |`,
        );
      }
      if (rows.length) lines.push('| property | type | default | description |', '|---|---|---|---|', ...rows);
      sections.interface.push(lines.join('\n'));
    } else if (ts.isEnumDeclaration(declaration)) {
      const lines = [`### ${name}`, '', doc, ''];
      for (const member of declaration.members) {
        const memberSymbol = checker.getSymbolAtLocation(member.name)!;
        const memberDoc = docOf(memberSymbol);
        if (!memberDoc) problems.push(`${name}.${memberSymbol.getName()}: no documentation`);
        lines.push(`- \`${name}.${memberSymbol.getName()}\` (\`${member.initializer?.getText() ?? ''}\`): ${oneLine(memberDoc)}`);
      }
      sections.enum.push(lines.join('\n'));
    } else {
      problems.push(`${name}: exported but neither a class, an interface nor an enum`);
    }
  }

  const markdown = [
    '# API reference',
    '',
    'Generated from the TSDoc of `lib/` by `npm run docs`; a test fails when it is stale.',
    `${symbols.length} exported symbols: ${sections.class.length} classes, ${sections.interface.length} interfaces, ${sections.enum.length} enums.`,
    '',
    '## Classes',
    '',
    sections.class.join('\n\n'),
    '',
    '## Interfaces',
    '',
    sections.interface.join('\n\n'),
    '',
    '## Enums',
    '',
    sections.enum.join('\n\n'),
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return { markdown, problems };
}
