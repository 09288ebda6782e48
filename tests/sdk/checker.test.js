'use strict';
// The model check itself must be able to fail: each kind of departure is reported.
const test = require('node:test');
const assert = require('node:assert/strict');
const { declarations, departures } = require('./lib/sdkModels');

test('the SDK declarations are read', () => {
  assert.equal(declarations.returns.get('UsersApi.getUsers'), 'Models.UserEntityListing');
  assert.ok(declarations.models.get('ConversationCallEventTopicUriReference').fields.has('name'));
});

test('undeclared fields, wrong types, nulls and missing required fields are departures', () => {
  const reference = { id: 'u1', name: 'Ann', selfUri: '/api/v2/users/u1' };
  assert.deepEqual(departures(reference, 'Models.ConversationCallEventTopicUriReference'),
    ['$.selfUri: not a field of Models.ConversationCallEventTopicUriReference']);
  assert.deepEqual(departures({ entities: [{ id: 7 }], total: null }, 'Models.UserEntityListing'),
    ['$.entities[0].id: 7 is not a string', '$.entities[0].version: required by Models.User, missing', '$.total: null where number is declared']);
  assert.deepEqual(departures({ languageLabels: { en_US: 1 } }, 'Models.OrganizationPresenceDefinition'),
    ['$.languageLabels.en_US: 1 is not a string']);
  assert.deepEqual(departures([{ id: 'x', name: 'Available' }], 'Array<Models.SystemPresence>'), []);
});
