'use strict';
// Every operation the suite sends through the SDK, in order. One row per call: the SDK's api class and method, its
// arguments from what earlier rows found (ctx), and what to keep or check. The response is held to the method's declared
// return type by the suite; `check` adds what the model cannot say. To cover one more operation, add one row.
const assert = require('node:assert/strict');

const missingId = '00000000-0000-4000-8000-00000000dead';

const operations = [
  { api: 'OrganizationApi', method: 'getOrganizationsMe' },
  { api: 'TokensApi', method: 'getTokensMe' },
  {
    api: 'UsersApi', method: 'getUsers', args: () => [{ pageSize: 100, expand: ['presence', 'routingStatus', 'station'] }],
    keep: (r, ctx) => {
      const ready = r.entities.find(u => u.state === 'active' && u.station && u.station.effectiveStation
        && ['Available', 'OnQueue'].includes(u.presence.presenceDefinition.systemPresence));
      assert.ok(ready, 'no ready agent with a station');
      ctx.agent = ready;
    },
  },
  {
    name: 'getUsers, a later page', api: 'UsersApi', method: 'getUsers', args: () => [{ pageSize: 10, pageNumber: 2 }],
    check: r => {
      assert.equal(r.previousUri, '/api/v2/users?pageSize=10&pageNumber=1');
      assert.equal(r.nextUri, '/api/v2/users?pageSize=10&pageNumber=3');
    },
  },
  { api: 'UsersApi', method: 'getUser', args: ctx => [ctx.agent.id, { expand: ['presence'] }] },
  { api: 'UsersApi', method: 'getUserRoutingstatus', args: ctx => [ctx.agent.id] },
  { api: 'UsersApi', method: 'getUserStation', args: ctx => [ctx.agent.id] },
  {
    api: 'SearchApi', method: 'postUsersSearch',
    args: ctx => [{ query: [{ type: 'EXACT', fields: ['email'], values: [ctx.agent.email] }], expand: ['presence'] }],
    check: (r, ctx) => assert.equal(r.results[0].id, ctx.agent.id),
  },
  { api: 'PresenceApi', method: 'getUserPresence', args: ctx => [ctx.agent.id, 'purecloud'] },
  { api: 'PresenceApi', method: 'getUsersPresencesPurecloudBulk', args: ctx => [{ id: [ctx.agent.id] }] },
  {
    api: 'PresenceApi', method: 'getSystempresences',
    check: r => assert.deepEqual(r.map(p => p.name).sort(),
      ['Available', 'Away', 'Break', 'Busy', 'Idle', 'Meal', 'Meeting', 'Offline', 'OnQueue', 'Training']),
  },
  {
    api: 'PresenceApi', method: 'getPresenceDefinitions0',
    // The ids users' presences carry are listed, so a script can label them.
    check: (r, ctx) => assert.ok(r.entities.some(d => d.id === ctx.agent.presence.presenceDefinition.id)),
  },
  {
    api: 'RoutingApi', method: 'getRoutingQueues', args: () => [{ pageSize: 1, pageNumber: 2 }],
    keep: (r, ctx) => { ctx.queueId = r.entities[0].id; },
    check: r => assert.equal(r.previousUri, '/api/v2/routing/queues?pageSize=1&pageNumber=1'),
  },
  { api: 'RoutingApi', method: 'getRoutingQueue', args: ctx => [ctx.queueId] },
  {
    api: 'NotificationsApi', method: 'getNotificationsAvailabletopics', args: () => [{ expand: ['description', 'topicParameters'] }],
    check: r => assert.ok(r.entities.some(t => t.id === 'v2.users.{id}.conversations.calls')),
  },
  { api: 'NotificationsApi', method: 'postNotificationsChannels', keep: (r, ctx) => { ctx.channelId = r.id; } },
  { api: 'NotificationsApi', method: 'getNotificationsChannels' },
  { api: 'NotificationsApi', method: 'headNotificationsChannel', args: ctx => [ctx.channelId] },
  {
    api: 'NotificationsApi', method: 'postNotificationsChannelSubscriptions',
    args: ctx => [ctx.channelId, [{ id: `v2.users.${ctx.agent.id}.conversations.calls` }]],
  },
  {
    api: 'NotificationsApi', method: 'putNotificationsChannelSubscriptions',
    args: ctx => [ctx.channelId, [{ id: `v2.users.${ctx.agent.id}.conversations.calls` }]],
  },
  { api: 'NotificationsApi', method: 'getNotificationsChannelSubscriptions', args: ctx => [ctx.channelId] },
  { api: 'NotificationsApi', method: 'deleteNotificationsChannelSubscriptions', args: ctx => [ctx.channelId] },
  {
    api: 'ConversationsApi', method: 'postConversationsCallsUserUserId', args: ctx => [ctx.agent.id, { phoneNumber: '+15559876549' }],
    keep: (r, ctx) => { ctx.conversationId = r.id; },
  },
  {
    api: 'ConversationsApi', method: 'getConversationsCall', args: ctx => [ctx.conversationId],
    keep: (r, ctx) => { ctx.participantId = r.participants.find(p => p.purpose !== 'user').id; },
  },
  { api: 'ConversationsApi', method: 'getConversation', args: ctx => [ctx.conversationId] },
  {
    api: 'ConversationsApi', method: 'patchConversationsCallParticipant',
    args: ctx => [ctx.conversationId, ctx.participantId, { state: 'disconnected' }],
  },
  {
    api: 'ConversationsApi', method: 'postConversationsCallsUserUserId', args: ctx => [ctx.agent.id, { phoneNumber: '+15559876549' }],
    keep: (r, ctx) => { ctx.secondCall = r.id; },
  },
  { api: 'ConversationsApi', method: 'patchConversationsCall', args: ctx => [ctx.secondCall, { state: 'disconnected' }] },
  {
    api: 'ConversationsApi', method: 'postConversationsCallsUserUserId', args: ctx => [ctx.agent.id, { phoneNumber: '+15559876549' }],
    keep: (r, ctx) => { ctx.thirdCall = r.id; },
  },
  { api: 'ConversationsApi', method: 'postConversationDisconnect', args: ctx => [ctx.thirdCall] },
  {
    api: 'OutboundApi', method: 'getOutboundContactlists', args: () => [{ includeSize: true }],
    keep: (r, ctx) => { ctx.contactListId = r.entities[0].id; },
  },
  { api: 'OutboundApi', method: 'getOutboundContactlist', args: ctx => [ctx.contactListId], keep: (r, ctx) => { ctx.columns = r.columnNames; } },
  {
    api: 'OutboundApi', method: 'postOutboundContactlistContacts',
    args: ctx => [ctx.contactListId, [{ contactListId: ctx.contactListId, data: Object.fromEntries(ctx.columns.map(c => [c, '+15550100123'])) }]],
  },
  { api: 'OutboundApi', method: 'getOutboundCampaigns', keep: (r, ctx) => { ctx.campaign = r.entities[0]; } },
  { api: 'OutboundApi', method: 'getOutboundCampaign', args: ctx => [ctx.campaign.id], keep: (r, ctx) => { ctx.campaign = r; } },
  { api: 'OutboundApi', method: 'getOutboundCampaignProgress', args: ctx => [ctx.campaign.id] },
  {
    api: 'OutboundApi', method: 'putOutboundCampaign', args: ctx => [ctx.campaign.id, { ...ctx.campaign, campaignStatus: 'off' }],
  },
  { api: 'OutboundApi', method: 'postOutboundDnclistPhonenumbers', args: ctx => [ctx.campaign.dncLists[0].id, ['+15550000002']] },

  // The analytics store (the third call above has ended; the suite's emulator runs at --call-speed 100).
  {
    api: 'AnalyticsApi', method: 'getAnalyticsConversationsDetails', args: ctx => [{ id: [ctx.thirdCall, ctx.secondCall] }],
    check: r => assert.ok(Array.isArray(r.conversations)),
  },
  {
    api: 'AnalyticsApi', method: 'getAnalyticsConversationDetails', args: ctx => [ctx.thirdCall],
    check: (r, ctx) => assert.equal(r.conversationId, ctx.thirdCall),
  },
  // Callbacks: create, read, reschedule, cancel.
  {
    api: 'ConversationsApi', method: 'postConversationsCallbacks',
    args: ctx => [{ callbackNumbers: ['+15557770035'], queueId: ctx.queueId, callbackUserName: 'Ann Lee',
      callbackScheduledTime: new Date(Date.now() + 7200000).toISOString(), data: { note: 'renewal' } }],
    keep: (r, ctx) => { ctx.callback = r; },
  },
  { api: 'ConversationsApi', method: 'getConversationsCallback', args: ctx => [ctx.callback.conversation.id] },
  {
    api: 'ConversationsApi', method: 'patchConversationsCallbacks',
    args: ctx => [{ conversationId: ctx.callback.conversation.id, agentId: ctx.agent.id,
      callbackScheduledTime: new Date(Date.now() + 10800000).toISOString() }],
  },
  {
    api: 'ConversationsApi', method: 'postConversationsCallbacksBulkDisconnect',
    args: ctx => [{ callbackDisconnectIdentifiers: [{ conversationId: ctx.callback.conversation.id, callbackId: ctx.callback.callbackIdentifiers[0].id }] }],
  },

  // Refusals: the status, the code and the definition's text for that code on that operation.
  { api: 'PresenceApi', method: 'getUserPresence', args: () => [missingId, 'purecloud'], error: 'presenceservice.usernotfound' },
  { api: 'RoutingApi', method: 'getRoutingQueue', args: () => [missingId], error: 'resource.not.found' },
  {
    api: 'ConversationsApi', method: 'postConversationsCallsUserUserId', args: () => [missingId, { phoneNumber: '+15559876549' }],
    error: 'general.resource.not.found',
  },
  {
    api: 'ConversationsApi', method: 'postConversationsCallsUserUserId', args: ctx => [ctx.agent.id, { callUserId: missingId }],
    error: 'general.resource.not.found',
  },
  { api: 'UsersApi', method: 'getUsersMe', error: 'not.a.user' },
  {
    api: 'ConversationsApi', method: 'postConversationsCallbacks', args: ctx => [{ queueId: ctx.queueId }],
    error: 'callback.error.missing.callback.numbers',
  },
  {
    api: 'ConversationsApi', method: 'postConversationsCallbacks', args: () => [{ callbackNumbers: ['+15557770045'] }],
    error: 'callback.error.missing.queue.id',
  },
];

module.exports = { operations };
