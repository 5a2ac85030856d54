// The TypeScript examples of the README files and docs/, extracted as modules a compiler can check.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export interface DocExample {
  /** Where it comes from: `docs/storage.md:42`. */
  source: string;
  code: string;
}

/**
 * Every ```ts block that imports something: a complete example, which must compile as written. A block right
 * after a `<!-- fragment -->` line is left out (another library's code being compared, a piece of a larger app).
 */
export function docExamples(root: string): DocExample[] {
  const files = [
    join(root, "README.md"),
    ...readdirSync(join(root, "docs"))
      .filter((name) => name.endsWith(".md"))
      .map((name) => join(root, "docs", name)),
    ...readdirSync(join(root, "packages")).map((name) => join(root, "packages", name, "README.md")),
  ];
  const examples: DocExample[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
      const code = match[1] ?? "";
      if (!/^import /m.test(code) || /<!-- fragment -->\s*$/.test(text.slice(0, match.index))) continue;
      const line = text.slice(0, match.index).split("\n").length + 1;
      examples.push({ source: `${relative(root, file)}:${line}`, code });
    }
  }
  return examples;
}
