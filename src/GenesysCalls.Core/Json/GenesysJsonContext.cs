using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GenesysCalls.Core.Model;

namespace GenesysCalls.Core.Json
{
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
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
    [JsonSerializable(typeof(ContactList))]
    [JsonSerializable(typeof(ContactListEntityListing))]
    [JsonSerializable(typeof(WritableDialerContact))]
    [JsonSerializable(typeof(System.Collections.Generic.List<WritableDialerContact>))]
    [JsonSerializable(typeof(System.Collections.Generic.List<DialerContact>))]
    [JsonSerializable(typeof(Campaign))]
    [JsonSerializable(typeof(CampaignEntityListing))]
    [JsonSerializable(typeof(CampaignProgress))]
    [JsonSerializable(typeof(System.Text.Json.JsonElement))]
    [JsonSerializable(typeof(CallConversation))]
    [JsonSerializable(typeof(Conversation))]
    [JsonSerializable(typeof(ConversationHangUp))]
    [JsonSerializable(typeof(Channel))]
    [JsonSerializable(typeof(List<ChannelTopic>))]
    [JsonSerializable(typeof(ChannelTopicEntityListing))]
    [JsonSerializable(typeof(NotificationMessage))]
    [JsonSerializable(typeof(SocketPing))]
    [JsonSerializable(typeof(string))]
    internal sealed partial class GenesysJsonContext : JsonSerializerContext
    {
        /// <summary>
        /// For bodies this module writes: a request body is not HTML, so '+' and other HTML-sensitive characters stay as
        /// they are, and phone numbers read as typed in -Debug output, OutboundCall.Request and Export-Csv files.
        /// </summary>
        public static GenesysJsonContext Writer { get; } = new GenesysJsonContext(new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        });
    }
}
