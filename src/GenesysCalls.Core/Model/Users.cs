using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GenesysCalls.Core.Model
{
    // The subsets of #/definitions/User and friends this module reads. Unread fields are left out on purpose.

    internal sealed class UserEntityListing
    {
        [JsonPropertyName("entities")] public List<User>? Entities { get; set; }
        [JsonPropertyName("pageSize")] public int PageSize { get; set; }
        [JsonPropertyName("pageNumber")] public int PageNumber { get; set; }
        [JsonPropertyName("total")] public long? Total { get; set; }
    }

    internal sealed class User
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("email")] public string? Email { get; set; }
        [JsonPropertyName("state")] public string? State { get; set; }
        [JsonPropertyName("presence")] public UserPresence? Presence { get; set; }
        [JsonPropertyName("routingStatus")] public RoutingStatus? RoutingStatus { get; set; }
        [JsonPropertyName("station")] public UserStations? Station { get; set; }
    }

    internal sealed class UserPresence
    {
        [JsonPropertyName("presenceDefinition")] public PresenceDefinition? PresenceDefinition { get; set; }
        [JsonPropertyName("message")] public string? Message { get; set; }
    }

    internal sealed class PresenceDefinition
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("systemPresence")] public string? SystemPresence { get; set; }
    }

    internal sealed class RoutingStatus
    {
        [JsonPropertyName("userId")] public string? UserId { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
    }

    internal sealed class UserStations
    {
        [JsonPropertyName("associatedStation")] public UserStation? AssociatedStation { get; set; }
        [JsonPropertyName("effectiveStation")] public UserStation? EffectiveStation { get; set; }
        [JsonPropertyName("defaultStation")] public UserStation? DefaultStation { get; set; }
        [JsonPropertyName("lastAssociatedStation")] public UserStation? LastAssociatedStation { get; set; }
    }

    internal sealed class UserStation
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
    }

    internal sealed class UserSearchRequest
    {
        [JsonPropertyName("pageSize")] public int PageSize { get; set; }
        [JsonPropertyName("pageNumber")] public int PageNumber { get; set; } = 1;
        [JsonPropertyName("expand")] public List<string>? Expand { get; set; }
        [JsonPropertyName("query")] public List<UserSearchCriteria>? Query { get; set; }
    }

    internal sealed class UserSearchCriteria
    {
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("fields")] public List<string>? Fields { get; set; }
        [JsonPropertyName("values")] public List<string>? Values { get; set; }
        [JsonPropertyName("value")] public string? Value { get; set; }
    }

    internal sealed class UsersSearchResponse
    {
        [JsonPropertyName("total")] public long Total { get; set; }
        [JsonPropertyName("results")] public List<User>? Results { get; set; }
    }

    internal sealed class Queue
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
    }

    internal sealed class QueueEntityListing
    {
        [JsonPropertyName("entities")] public List<Queue>? Entities { get; set; }
    }

    internal sealed class NamedEntity
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
    }

    internal sealed class Organization
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("thirdPartyOrgName")] public string? ThirdPartyOrgName { get; set; }
    }

    internal sealed class TokenInfo
    {
        [JsonPropertyName("organization")] public NamedEntity? Organization { get; set; }
        [JsonPropertyName("authorizedScope")] public List<string>? AuthorizedScope { get; set; }
        [JsonPropertyName("OAuthClient")] public OAuthClientRef? OAuthClient { get; set; }
    }

    internal sealed class OAuthClientRef
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("authorizedGrantType")] public string? AuthorizedGrantType { get; set; }
    }

    internal sealed class TokenResponse
    {
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
        [JsonPropertyName("token_type")] public string? TokenType { get; set; }
        [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
        [JsonPropertyName("error")] public string? Error { get; set; }
        [JsonPropertyName("error_description")] public string? ErrorDescription { get; set; }
    }
}
