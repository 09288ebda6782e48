'use strict';
// The API definition in shared/genesys-api: each operation's error codes and their texts (x-inin-error-codes).
const fs = require('node:fs');
const path = require('node:path');

const folder = process.env.GENESYS_API_DEFINITIONS || path.join(__dirname, '..', '..', '..', '..', 'shared', 'genesys-api');

function read() {
  const operations = [];
  for (const file of fs.readdirSync(folder).filter(f => f.endsWith('-openapi.yml'))) {
    let route = null;
    let operation = null;
    let status = 0;
    let inCodes = false;
    let last = null;
    for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split('\n')) {
      const indent = line.length - line.trimStart().length;
      if (indent === 2 && /^ {2}\/.*:$/.test(line)) { route = line.trim().slice(0, -1); continue; }
      if (indent === 4 && route && /^ {4}(get|put|post|patch|delete|head):$/.test(line)) {
        operation = { path: route, verb: line.trim().slice(0, -1), codes: new Map() };
        operations.push(operation);
        continue;
      }
      if (indent <= 4) { if (indent < 2 || line.trim() === 'definitions:') route = null; operation = indent === 4 ? null : operation; continue; }
      if (!operation) continue;
      if (indent === 8 && /^'\d{3}':$/.test(line.trim())) status = Number(line.trim().slice(1, 4));
      if (indent === 10) inCodes = line.trim() === 'x-inin-error-codes:';
      else if (inCodes && indent === 12) {
        const colon = line.indexOf(': ');
        last = { status, text: unquote(line.slice(colon + 2).trim()) };
        operation.codes.set(line.slice(12, colon), last);
      } else if (inCodes && indent > 12 && last) last.text = unquote(last.text + ' ' + line.trim());
      else if (indent < 12) inCodes = inCodes && indent > 10;
    }
  }
  return operations;
}

function unquote(text) {
  return text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}

const operations = read();

function samePath(a, b) {
  const x = a.split('/');
  const y = b.split('/');
  return x.length === y.length && x.every((s, i) => s === y[i] || s.startsWith('{') || y[i].startsWith('{'));
}

/** The definition's text for `code` on the operation the SDK sends as `verb path`, or undefined. */
function errorText(verb, sdkPath, code) {
  const operation = operations.find(o => o.verb === verb && samePath(o.path, sdkPath) && o.codes.has(code));
  return operation && operation.codes.get(code);
}

/** The text as a pattern: %s stands for any value. */
function matches(template, message) {
  const escaped = template.split('%s').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + escaped.join('.*') + '$', 's').test(message);
}

module.exports = { errorText, matches, folder };
