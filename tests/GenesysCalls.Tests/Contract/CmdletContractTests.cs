using GenesysCalls.Core.Commands;
using GenesysCalls.ModuleBuilder;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Contract
{
    /// <summary>The cmdlet layer's contract, read from attributes (PowerShellStandard.Library does nothing at run time, so nothing is instantiated).</summary>
    public class CmdletContractTests
    {
        private static readonly string[] Expected =
        {
            "Add-OutboundContact", "Connect-GenesysOrg", "Disconnect-GenesysOrg", "Get-GenesysSession", "Get-OutboundCall",
            "Get-OutboundCallback", "Get-OutboundCampaign", "Get-OutboundContactList", "New-OutboundCall", "New-OutboundCallback",
            "Set-OutboundCallback", "Start-OutboundCampaign", "Stop-OutboundCall", "Stop-OutboundCallback",
            "Stop-OutboundCampaign", "Test-AgentPresence", "Test-CallPayload", "Wait-OutboundCall",
        };

        public static TheoryData<string> CmdletNames => new(Expected);

        [Fact]
        public void The_module_has_exactly_the_documented_cmdlets() =>
            Assert.Equal(Expected, BuiltModule.Cmdlets.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal));

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void Verbs_are_approved(string name)
        {
            var approved = new[] { "VerbsCommon", "VerbsCommunications", "VerbsData", "VerbsDiagnostic", "VerbsLifecycle", "VerbsSecurity", "VerbsOther" }
                .SelectMany(t => ApprovedVerbs.Of("System.Management.Automation." + t)).ToHashSet();
            Assert.Contains(BuiltModule.Cmdlet(name).Verb, approved);
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void Output_type_is_declared(string name) => Assert.NotEmpty(BuiltModule.Cmdlet(name).OutputTypes);

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void Parameter_sets_have_a_default_that_exists(string name)
        {
            var cmdlet = BuiltModule.Cmdlet(name);
            if (cmdlet.ParameterSetNames.Count <= 1) return;
            Assert.NotNull(cmdlet.DefaultParameterSetName);
            if (cmdlet.ParameterSetNames.Contains(cmdlet.DefaultParameterSetName!)) return;

            // A default set no parameter names is the "only the shared parameters" set (Connect-GenesysOrg reading the
            // environment): legal only when nothing shared is mandatory.
            Assert.DoesNotContain(cmdlet.Parameters, p => p.Sets.Any(s => s.Name == ParameterSetInfo.AllSets && s.Mandatory));
        }

        [Theory]
        [MemberData(nameof(CmdletNames))]
        public void Every_set_has_at_most_one_positional_parameter_per_position(string name)
        {
            var cmdlet = BuiltModule.Cmdlet(name);
            foreach (var set in cmdlet.ParameterSetNames.DefaultIfEmpty(ParameterSetInfo.AllSets))
            {
                var positions = cmdlet.Parameters.SelectMany(p => p.Sets.Where(s => s.Name == set || s.Name == ParameterSetInfo.AllSets)).Where(s => s.Position != null).Select(s => s.Position);
                Assert.Equal(positions.Count(), positions.Distinct().Count());
            }
        }

        [Fact]
        public void New_outbound_call_supports_should_process_at_medium_impact()
        {
            var cmdlet = BuiltModule.Cmdlet("New-OutboundCall");
            Assert.True(cmdlet.SupportsShouldProcess);
            Assert.Equal("Medium", cmdlet.ConfirmImpact);
            Assert.Equal("GenesysCalls.OutboundCall", Assert.Single(cmdlet.OutputTypes));
        }

        [Fact]
        public void Read_only_cmdlets_do_not_claim_should_process()
        {
            Assert.All(BuiltModule.Cmdlets.Where(c => c.Verb is "Test" or "Get"), c => Assert.False(c.SupportsShouldProcess));
        }

        [Fact]
        public void Every_request_field_is_a_New_OutboundCall_parameter_under_its_own_name()
        {
            var parameters = BuiltModule.Cmdlet("New-OutboundCall").Parameters;
            // conversationIds: only a piped -Request carries it. participants: -Participant takes the list.
            var fields = GenesysCalls.Core.Validation.CallPayloadFields.RootNames.Where(n => n != "conversationIds")
                .Select(n => n == "participants" ? "Participant" : n);
            Assert.All(fields, name => Assert.Contains(parameters, p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
                || p.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))));
        }

        [Theory]
        [InlineData("Test-CallPayload", "Json", true, false, null)]
        [InlineData("Test-CallPayload", "Path", false, true, null)]
        [InlineData("Test-CallPayload", "LiteralPath", false, true, "PSPath,LP,FullName")]
        [InlineData("Test-CallPayload", "InputObject", true, false, null)]
        [InlineData("Test-AgentPresence", "UserId", true, true, "Id,AgentId")]
        [InlineData("Test-AgentPresence", "Email", false, true, null)]
        [InlineData("New-OutboundCall", "OnBehalfOf", false, true, "UserId,AgentId")]
        [InlineData("New-OutboundCall", "PhoneNumber", false, true, null)]
        [InlineData("New-OutboundCall", "Request", false, true, null)]
        [InlineData("New-OutboundCall", "Contact", true, true, null)]
        [InlineData("New-OutboundCall", "FromQueueId", false, true, "CallFromQueueId")]
        [InlineData("New-OutboundCall", "Attribute", false, true, "Attributes")]
        [InlineData("New-OutboundCall", "InputObject", true, false, null)]
        [InlineData("Disconnect-GenesysOrg", "Session", true, false, null)]
        [InlineData("New-OutboundCallback", "PhoneNumber", false, true, "CallbackNumbers")]
        [InlineData("New-OutboundCallback", "Name", false, true, "CallbackUserName")]
        [InlineData("New-OutboundCallback", "ScheduledTime", false, true, "CallbackScheduledTime")]
        [InlineData("New-OutboundCallback", "QueueId", false, true, null)]
        [InlineData("New-OutboundCallback", "InputObject", true, false, null)]
        [InlineData("Get-OutboundCallback", "ConversationId", true, true, null)]
        [InlineData("Stop-OutboundCallback", "ConversationId", true, true, null)]
        public void Pipeline_binding_is_as_documented(string cmdlet, string parameter, bool byValue, bool byPropertyName, string? aliases)
        {
            var p = BuiltModule.Cmdlet(cmdlet).Parameters.Single(x => x.Name == parameter);
            Assert.Equal(byValue, p.Sets.Any(s => s.ValueFromPipeline));
            Assert.Equal(byPropertyName, p.Sets.Any(s => s.ValueFromPipelineByPropertyName));
            foreach (var alias in (aliases ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)) Assert.Contains(alias, p.Aliases);
        }

        [Fact]
        public void New_outbound_call_destinations_share_one_optional_set_so_any_csv_row_binds()
        {
            // One set per mandatory destination made PowerShell pick the default set before reading a piped row.
            var cmdlet = BuiltModule.Cmdlet("New-OutboundCall");
            Assert.Equal("Destination", cmdlet.DefaultParameterSetName);
            foreach (var destination in new[] { "PhoneNumber", "CallUserId", "CallQueueId", "Contact", "Request", "Priority", "SkillId" })
            {
                var set = Assert.Single(cmdlet.Parameters.Single(p => p.Name == destination).Sets);
                Assert.Equal("Destination", set.Name);
                Assert.False(set.Mandatory, destination);
            }

            var participant = Assert.Single(cmdlet.Parameters.Single(p => p.Name == "Participant").Sets);
            Assert.Equal("Participant", participant.Name);
            Assert.True(participant.Mandatory);
        }

        [Theory]
        [InlineData("Test-AgentPresence")]
        [InlineData("New-OutboundCall")]
        public void Connected_cmdlets_take_an_explicit_session(string name)
        {
            var session = BuiltModule.Cmdlet(name).Parameters.Single(p => p.Name == "Session");
            Assert.Equal("GenesysCalls.GenesysSession", session.TypeName);
            Assert.Contains(session.Sets, s => s.Name == ParameterSetInfo.AllSets && !s.Mandatory);
        }

        [Theory]
        [InlineData("New-OutboundCallback", "Medium")]
        [InlineData("Set-OutboundCallback", "Medium")]
        [InlineData("Stop-OutboundCallback", "High")]
        public void Callback_changes_support_should_process(string name, string impact)
        {
            var cmdlet = BuiltModule.Cmdlet(name);
            Assert.True(cmdlet.SupportsShouldProcess);
            Assert.Equal(impact, cmdlet.ConfirmImpact);
        }

        [Fact]
        public void Set_outbound_callback_requires_the_agent_without_a_prompt() =>
            // Required by the definition, but checked by the core (SetOutboundCallbackMissingParameter): Mandatory would prompt.
            Assert.DoesNotContain(BuiltModule.Cmdlet("Set-OutboundCallback").Parameters.Single(p => p.Name == "AgentId").Sets, s => s.Mandatory);

        [Fact]
        public void Connect_has_the_documented_sets_and_secrets_are_secure_strings()
        {
            var cmdlet = BuiltModule.Cmdlet("Connect-GenesysOrg");
            Assert.Equal("Environment", cmdlet.DefaultParameterSetName);
            Assert.Equal(new[] { "AccessToken", "ClientSecret", "Credential", "Environment", "Interactive" }, cmdlet.ParameterSetNames.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal("System.Security.SecureString", cmdlet.Parameters.Single(p => p.Name == "ClientSecret").TypeName);
            Assert.Equal("System.Security.SecureString", cmdlet.Parameters.Single(p => p.Name == "AccessToken").TypeName);
            Assert.DoesNotContain(cmdlet.Parameters, p => p.TypeName == "System.String" && p.Name.Contains("Secret"));
        }

        [Fact]
        public void Error_kinds_are_all_powershell_error_categories()
        {
            var categories = CmdletMetadataReader.EnumNames(BuiltModule.CmdletAssembly, BuiltModule.AutomationReference, "System.Management.Automation.ErrorCategory");
            Assert.All(Enum.GetNames<ErrorKind>(), kind => Assert.Contains(kind, categories));
        }

        [Fact]
        public void Core_does_not_reference_powershell()
        {
            Assert.DoesNotContain("System.Management.Automation", CmdletMetadataReader.References(BuiltModule.CoreAssembly, BuiltModule.AutomationReference));
            Assert.DoesNotContain(typeof(ErrorKind).Assembly.GetReferencedAssemblies(), a => a.Name == "System.Management.Automation");
        }

        [Fact]
        public void Cmdlet_assembly_does_not_reference_msal_or_system_text_json()
        {
            var references = CmdletMetadataReader.References(BuiltModule.CmdletAssembly, BuiltModule.AutomationReference);
            Assert.Contains("GenesysCalls.Core", references);
            Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Identity", StringComparison.Ordinal));
            Assert.DoesNotContain("System.Text.Json", references);
        }
    }

    internal static class ApprovedVerbs
    {
        public static IEnumerable<string> Of(string typeName)
        {
            var resolver = new System.Reflection.PathAssemblyResolver(Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll").Append(BuiltModule.AutomationReference));
            using var context = new System.Reflection.MetadataLoadContext(resolver);
            var type = context.LoadFromAssemblyPath(BuiltModule.AutomationReference).GetType(typeName, throwOnError: true)!;
            return type.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        }
    }
}
