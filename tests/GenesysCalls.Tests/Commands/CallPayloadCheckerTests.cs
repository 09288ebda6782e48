using System.Collections;
using GenesysCalls.Core.Commands;
using GenesysCalls.Tests.Support;
using Xunit;

namespace GenesysCalls.Tests.Commands
{
    public class CallPayloadCheckerTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("gc-payload-").FullName;
        private readonly RecordingOutput _output = new("Test-CallPayload");

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private CallPayloadChecker Command(bool quiet = false) => new(_output) { Quiet = quiet };

        [Fact]
        public void Json_gives_one_report_and_no_error_even_when_invalid()
        {
            Command().Process(PayloadInput.Json("{\"to\":\"+15551234567\"}"));
            var report = Assert.IsType<CallPayloadReport>(Assert.Single(_output.Objects));
            Assert.False(report.IsValid);
            Assert.Equal("Json", report.Source);
            Assert.Empty(_output.Errors);
            Assert.NotNull(report.Request);
        }

        [Fact]
        public void Quiet_gives_one_bool_per_input()
        {
            var command = Command(quiet: true);
            command.Process(PayloadInput.Json("{\"phoneNumber\":\"+15551234567\"}"));
            command.Process(PayloadInput.Json("{}"));
            Assert.Equal(new object[] { true, false }, _output.Objects);
        }

        [Fact]
        public void Missing_file_is_a_non_terminating_error_and_the_next_file_still_runs()
        {
            var good = Path.Combine(_folder, "good.json");
            File.WriteAllText(good, "{\"phoneNumber\":\"+15551234567\"}");
            var command = Command();
            command.Process(PayloadInput.Path("nope.json", Array.Empty<string>()));
            command.Process(PayloadInput.Path(good, new[] { good }));
            var error = Assert.Single(_output.Errors);
            Assert.Equal("TestCallPayloadFileNotFound", error.ErrorId);
            Assert.Equal(ErrorKind.ObjectNotFound, error.Category);
            Assert.Equal("nope.json", error.TargetObject);
            var report = Assert.IsType<CallPayloadReport>(Assert.Single(_output.Objects));
            Assert.Equal(good, report.Path);
            Assert.True(report.IsValid);
        }

        [Fact]
        public void A_folder_is_not_a_file()
        {
            Command().Process(PayloadInput.Path(_folder, new[] { _folder }));
            var error = Assert.Single(_output.Errors);
            Assert.Equal("TestCallPayloadPathIsFolder", error.ErrorId);
            Assert.Contains("Get-ChildItem", error.RecommendedAction);
        }

        [Fact]
        public void A_path_the_file_system_cannot_read_is_a_read_error_and_the_next_still_runs()
        {
            var good = Path.Combine(_folder, "good.json");
            File.WriteAllText(good, "{\"phoneNumber\":\"+15551234567\"}");
            var broken = Path.Combine(_folder, "bad\0name.json");
            Command().Process(PayloadInput.Path(broken, new[] { broken, good }));
            var error = Assert.Single(_output.Errors);
            Assert.Equal("TestCallPayloadFileUnreadable", error.ErrorId);
            Assert.Equal(ErrorKind.ReadError, error.Category);
            Assert.Single(_output.Objects);
        }

        [Theory]
        [InlineData(1e30)]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(2.5)]
        public void Any_number_in_a_hashtable_is_judged_not_a_crash(double priority)
        {
            Command().Process(PayloadInput.Object(new Hashtable { ["callQueueId"] = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", ["priority"] = priority }));
            var report = Assert.IsType<CallPayloadReport>(Assert.Single(_output.Objects));
            Assert.Equal("priority", Assert.Single(report.Diagnostics).Path);
        }

        [Fact]
        public void Huge_file_gives_a_too_large_report_without_reading_it()
        {
            var big = Path.Combine(_folder, "big.json");
            using (var stream = File.Create(big)) stream.SetLength(50L * 1024 * 1024);
            Command().Process(PayloadInput.Path(big, new[] { big }));
            var report = Assert.IsType<CallPayloadReport>(Assert.Single(_output.Objects));
            Assert.Equal("request.entity.too.large", Assert.Single(report.Diagnostics).Code);
        }

        [Fact]
        public void File_info_object_is_checked_as_a_file()
        {
            var file = Path.Combine(_folder, "a.json");
            File.WriteAllText(file, "{\"callUserId\":5}");
            Command().Process(PayloadInput.Object(new FileInfo(file)));
            var report = Assert.IsType<CallPayloadReport>(Assert.Single(_output.Objects));
            Assert.Equal(file, report.Source);
            Assert.False(report.IsValid);
        }

        [Fact]
        public void Hashtable_is_checked_like_json()
        {
            var table = new Hashtable { ["phoneNumber"] = "+15551234567", ["attributes"] = new Hashtable { ["n"] = 5 } };
            Command().Process(PayloadInput.Object(table));
            var report = Assert.IsType<CallPayloadReport>(Assert.Single(_output.Objects));
            Assert.Equal("attributes.n", Assert.Single(report.Diagnostics).Path);
            Assert.Equal("InputObject", report.Source);
        }

        [Fact]
        public void Typed_request_is_checked()
        {
            Command().Process(PayloadInput.Object(new CreateCallRequest { PhoneNumber = "+15551234567", CallUserId = "3c1c4d5e-7f8a-4b9c-8d0e-1f2a3b4c5d6e" }));
            var report = Assert.IsType<CallPayloadReport>(Assert.Single(_output.Objects));
            Assert.Equal("too.many.create.conversation.parameters", Assert.Single(report.Diagnostics).Code);
        }

        [Fact]
        public void Self_referencing_object_is_an_error_not_a_crash()
        {
            var table = new Hashtable();
            table["self"] = table;
            Command().Process(PayloadInput.Object(table));
            Assert.Equal("TestCallPayloadInputObjectUnusable", Assert.Single(_output.Errors).ErrorId);
        }
    }
}
