// node parse.mjs FILE…: prints one JSON object per file with the syntax errors tree-sitter finds and every command
// the script runs (its name, its elements as written, and whether an `if` guards it), so a Java test can check the script's structure.
import { Parser, Language } from 'web-tree-sitter';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
await Parser.init();
const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
const parser = new Parser();
parser.setLanguage(language);

function visit(node, found) {
  if (node.isError || node.isMissing) {
    found.errors.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, text: node.text.slice(0, 80) });
  }
  if (node.type === 'command') {
    const name = node.childForFieldName('command_name') ?? node.children.find(c => c.type === 'command_name');
    const elements = node.children.find(c => c.type === 'command_elements');
    let guarded = false;
    for (let p = node.parent; p; p = p.parent) {
      guarded ||= p.type === 'if_statement';
    }
    found.commands.push({
      line: node.startPosition.row + 1,
      guarded,
      name: name ? name.text : null,
      elements: elements ? elements.namedChildren.filter(c => c.type !== 'command_argument_sep').map(c => c.text) : [],
    });
  }
  for (const child of node.children) {
    visit(child, found);
  }
}

for (const file of process.argv.slice(2)) {
  let text = readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  const found = { file, hasError: false, errors: [], commands: [] };
  const tree = parser.parse(text);
  found.hasError = tree.rootNode.hasError;
  visit(tree.rootNode, found);
  console.log(JSON.stringify(found));
}
