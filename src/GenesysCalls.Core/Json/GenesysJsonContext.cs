using System.Collections.Generic;
using System.Text.Json.Serialization;
using GenesysCalls.Core.Model;

namespace GenesysCalls
{
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateCallRequest))]
    [JsonSerializable(typeof(CreateCallResponse))]
    [JsonSerializable(typeof(ErrorBody))]
    [JsonSerializable(typeof(UserEntityListing))]
    [JsonSerializable(typeof(User))]
    [JsonSerializable(typeof(UserSearchRequest))]
    [JsonSerializable(typeof(UsersSearchResponse))]
    [JsonSerializable(typeof(Organization))]
    [JsonSerializable(typeof(TokenInfo))]
    [JsonSerializable(typeof(TokenResponse))]
    [JsonSerializable(typeof(QueueEntityListing))]
    [JsonSerializable(typeof(CallConversation))]
    [JsonSerializable(typeof(Conversation))]
    [JsonSerializable(typeof(ConversationHangUp))]
    [JsonSerializable(typeof(Channel))]
    [JsonSerializable(typeof(List<ChannelTopic>))]
    [JsonSerializable(typeof(ChannelTopicEntityListing))]
    [JsonSerializable(typeof(NotificationMessage))]
    [JsonSerializable(typeof(SocketPing))]
    internal sealed partial class GenesysJsonContext : JsonSerializerContext
    {
    }
}
