'use strict';
// Starts the built emulator (out/emulator from ./build.ps1 -Task Build) on free ports and stops it.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');

const repo = path.join(__dirname, '..', '..', '..');
const dll = process.env.GENESYS_EMULATOR_DLL || path.join(repo, 'out', 'emulator', 'GenesysCalls.Emulator.dll');

async function start(extra = []) {
  if (!fs.existsSync(dll)) throw new Error(`No emulator at ${dll}: run ./build.ps1 -Task Build first (or set GENESYS_EMULATOR_DLL).`);
  const clientId = '11111111-2222-3333-4444-555555555555';
  const clientSecret = 'sdk-suite-secret';
  const args = [dll, '--port', '0', '--http-port', '0', '--agents', '30', '--rate-limit', '100000', '--call-speed', '100',
    '--client-id', clientId, '--client-secret', clientSecret, ...extra];
  const child = spawn('dotnet', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const listening = [];
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The emulator did not start within 60 s.')), 60000);
    child.once('exit', code => reject(new Error('The emulator exited with ' + code + ' before listening.')));
    lines.on('line', line => {
      if (line.startsWith('Listening on ')) listening.push(new URL(line.slice('Listening on '.length)));
      if (listening.length === 2) { clearTimeout(timer); resolve(); }
    });
  });
  lines.removeAllListeners('line');
  lines.on('line', () => {});
  const http = listening.find(u => u.protocol === 'http:');
  return {
    http,
    clientId,
    clientSecret,
    stop: () => new Promise(resolve => { child.once('exit', resolve); child.kill('SIGTERM'); }),
  };
}

module.exports = { start };
