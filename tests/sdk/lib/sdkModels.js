'use strict';
// The SDK's own declarations (index.d.ts): each API method's declared return type and each model's fields.
const fs = require('node:fs');
const path = require('node:path');

const sdkRoot = path.dirname(require.resolve('purecloud-platform-client-v2/package.json'));

function read() {
  const lines = fs.readFileSync(path.join(sdkRoot, 'index.d.ts'), 'utf8').split('\n');
  const returns = new Map();
  const models = new Map();
  let api = null;
  let model = null;
  for (const line of lines) {
    const apiStart = /^declare class (\w+Api) \{/.exec(line);
    if (apiStart) { api = apiStart[1]; continue; }
    if (api && line.startsWith('}')) { api = null; continue; }
    if (api) {
      const method = /^\s+(\w+)\(.*\): Promise<(.+)>;\s*$/.exec(line);
      if (method) returns.set(api + '.' + method[1], method[2]);
      continue;
    }
    const modelStart = /^\texport interface (\w+) \{/.exec(line);
    if (modelStart) { model = { name: modelStart[1], fields: new Map() }; models.set(model.name, model); continue; }
    if (model && /^\t\}/.test(line)) { model = null; continue; }
    const field = model && /^\t\t"([^"]+)"(\?)?: (.+);\s*$/.exec(line);
    if (field) model.fields.set(field[1], { type: field[3], required: !field[2] });
  }
  return { returns, models };
}

// The HTTP method and path each API method sends, from the SDK's source (so a row names only api and method).
function routes(api) {
  const source = fs.readFileSync(path.join(sdkRoot, 'src', 'purecloud-platform-client-v2', 'api', api + '.js'), 'utf8');
  const found = new Map();
  const pattern = /^\t(\w+)\([^)]*\) \{[\s\S]*?callApi\(\s*'([^']+)',\s*'([A-Z]+)'/gm;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) found.set(m[1], { path: m[2], verb: m[3].toLowerCase() });
  return found;
}

const declarations = read();

/** Every way `value` departs from the declared `type`: undeclared or missing fields, wrong JSON types, nulls. */
function departures(value, type, where = '$', problems = []) {
  const map = /^(?:Record<string, (.+)>|\{ \[key: string\]: (.+); \})$/.exec(type);
  const array = /^Array<(.+)>$/.exec(type);
  if (value === null || value === undefined) problems.push(`${where}: ${value} where ${type} is declared`);
  else if (type === 'string' || type === 'number' || type === 'boolean') {
    if (typeof value !== type) problems.push(`${where}: ${JSON.stringify(value)} is not a ${type}`);
  } else if (type === 'object' || type === 'any') {
    if (typeof value !== 'object') problems.push(`${where}: ${JSON.stringify(value)} is not an object`);
  } else if (array) {
    if (!Array.isArray(value)) problems.push(`${where}: not an array (${type})`);
    else value.forEach((item, i) => departures(item, array[1], `${where}[${i}]`, problems));
  } else if (map) {
    if (typeof value !== 'object' || Array.isArray(value)) problems.push(`${where}: not a map (${type})`);
    else for (const [key, item] of Object.entries(value)) departures(item, map[1] || map[2], `${where}.${key}`, problems);
  } else if (type.startsWith('Models.')) {
    const model = declarations.models.get(type.slice('Models.'.length));
    if (!model) problems.push(`${where}: the SDK declares no ${type}`);
    else if (typeof value !== 'object' || Array.isArray(value)) problems.push(`${where}: not an object (${type})`);
    else {
      for (const [key, item] of Object.entries(value)) {
        const field = model.fields.get(key);
        if (!field) problems.push(`${where}.${key}: not a field of ${type}`);
        else departures(item, field.type, `${where}.${key}`, problems);
      }
      for (const [key, field] of model.fields) if (field.required && !(key in value)) problems.push(`${where}.${key}: required by ${type}, missing`);
    }
  } else problems.push(`${where}: the checker does not know the type ${type}`);
  return problems;
}

module.exports = { declarations, routes, departures, sdkRoot };
