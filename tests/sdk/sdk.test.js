'use strict';
// The emulator through Genesys's official JavaScript SDK: every response held to the model the SDK declares for that
// operation, every refusal to the definition's code and text for that operation, and call events to the event model.
const test = require('node:test');
const assert = require('node:assert/strict');
const platformClient = require('purecloud-platform-client-v2');
const emulator = require('./lib/emulator');
const { declarations, routes, departures } = require('./lib/sdkModels');
const definition = require('./lib/definition');
const { operations } = require('./operations');

const client = platformClient.ApiClient.instance;
const ctx = {};
let org;

test.before(async () => {
  org = await emulator.start();
  client.setGateway({ host: org.http.hostname, protocol: 'http', port: Number(org.http.port) });
  client.setReturnExtendedResponses(true);
  await client.loginClientCredentialsGrant(org.clientId, org.clientSecret);
});

test.after(async () => { if (org) await org.stop(); });

async function send(row) {
  const api = new platformClient[row.api]();
  const args = row.args ? row.args(ctx) : [];
  try {
    return await api[row.method](...args);
  } catch (failure) {
    if (failure && failure.status) return failure;
    throw failure;
  }
}

for (const row of operations) {
  test(`${row.name || row.method}${row.error ? ' refuses with ' + row.error : ''}`, async () => {
    const declared = declarations.returns.get(row.api + '.' + row.method);
    assert.ok(declared, `the SDK declares no ${row.api}.${row.method}`);
    const response = await send(row);
    if (row.error) {
      const route = routes(row.api).get(row.method);
      const listed = definition.errorText(route.verb, route.path, row.error);
      assert.ok(listed, `the definition lists no ${row.error} for ${route.verb} ${route.path}`);
      assert.equal(response.status, listed.status, JSON.stringify(response.body));
      assert.deepEqual(departures(response.body, 'Models.ErrorBody'), []);
      assert.equal(response.body.code, row.error);
      assert.ok(definition.matches(listed.text, response.body.message), `"${response.body.message}" is not "${listed.text}"`);
      return;
    }

    assert.ok(response.status >= 200 && response.status < 300, `${response.status}: ${JSON.stringify(response.body)}`);
    if (declared === 'void') assert.ok(response.body === undefined || response.body === '', JSON.stringify(response.body));
    else assert.deepEqual(departures(response.body, declared), [], `${row.api}.${row.method} against ${declared}`);
    if (row.keep) row.keep(response.body, ctx);
    if (row.check) row.check(response.body, ctx);
  });
}

test('call events on the notification WebSocket fit the SDK event model', { skip: typeof WebSocket === 'undefined'
  && 'this Node has no WebSocket (Node 22+, or 20 with --experimental-websocket)' }, async () => {
  const notifications = new platformClient.NotificationsApi();
  const channel = (await notifications.postNotificationsChannels()).body;
  await notifications.putNotificationsChannelSubscriptions(channel.id, [{ id: `v2.users.${ctx.agent.id}.conversations.calls` }]);
  const socket = new WebSocket(channel.connectUri);
  const events = [];
  const ended = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no disconnected event within 20 s: ' + events.length + ' events')), 20000);
    socket.onmessage = message => {
      const frame = JSON.parse(message.data);
      if (frame.topicName !== `v2.users.${ctx.agent.id}.conversations.calls`) return;
      events.push(frame.eventBody);
      if (frame.eventBody.participants.every(p => p.state === 'disconnected' || p.state === 'terminated')) {
        clearTimeout(timer);
        resolve();
      }
    };
  });
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  // Last digit 1: busy, so the call ends by itself.
  await new platformClient.ConversationsApi().postConversationsCallsUserUserId(ctx.agent.id, { phoneNumber: '+15559876541' });
  await ended;
  socket.close();
  for (const [i, body] of events.entries()) {
    assert.deepEqual(departures(body, 'Models.ConversationCallEventTopicCallConversation', `event ${i}`), []);
  }
  assert.ok(events.some(e => e.participants.some(p => p.user && p.user.id === ctx.agent.id)), 'no event names the agent');
});
