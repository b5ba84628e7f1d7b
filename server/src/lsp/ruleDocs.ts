// Links from a diagnostic to its rule's documentation. By default, the `docs/rules/<id>.md`
// shipped beside the server (a file URI: it works offline and in any client), or, for a client
// that has a command to show a rule's doc rendered (VS Code's shows the Markdown preview), a
// `command:` link to it; a URL template with `{id}` in the `gongwen.ruleDocsUrl` setting points
// elsewhere (an intranet page).

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The folder of rule docs for this installation: the client may say where it is; otherwise it is
 * found from the server's own location (`dist/server.js` → `docs/rules`).
 */
export function findRuleDocsFolder(fromClient: string | undefined, serverDir: string): string | undefined {
  const candidates = [fromClient, resolve(serverDir, '..', 'docs', 'rules')].filter((c): c is string => Boolean(c));
  return candidates.find((c) => existsSync(c));
}

export function ruleDocUrl(ruleId: string, template: string, docsFolder: string | undefined, clientCommand?: string): string | undefined {
  if (template) return template.includes('{id}') ? template.replaceAll('{id}', encodeURIComponent(ruleId)) : `${template.replace(/\/+$/, '')}/${encodeURIComponent(ruleId)}.md`;
  if (!docsFolder) return undefined;
  if (clientCommand) return `command:${clientCommand}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
  return pathToFileURL(join(docsFolder, `${ruleId}.md`)).href;
}
