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
    [JsonSerializable(typeof(ContactList))]
    [JsonSerializable(typeof(ContactListEntityListing))]
    [JsonSerializable(typeof(WritableDialerContact))]
    [JsonSerializable(typeof(System.Collections.Generic.List<WritableDialerContact>))]
    [JsonSerializable(typeof(System.Collections.Generic.List<DialerContact>))]
    [JsonSerializable(typeof(Campaign))]
    [JsonSerializable(typeof(CampaignEntityListing))]
    [JsonSerializable(typeof(CampaignProgress))]
    [JsonSerializable(typeof(System.Text.Json.JsonElement))]
    internal sealed partial class GenesysJsonContext : JsonSerializerContext
    {
    }
}
