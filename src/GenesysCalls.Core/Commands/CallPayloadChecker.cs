using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GenesysCalls.Core.Calls;
using GenesysCalls.Core.Json;
using GenesysCalls.Core.Rows;
using GenesysCalls.Core.Validation;

namespace GenesysCalls.Core.Commands
{
    /// <summary>Test-CallPayload: one report (or one bool with Quiet) per input; errors only for inputs that cannot be read.</summary>
    internal sealed class CallPayloadChecker : CommandOperation<PayloadInput>
    {
        private readonly ICommandOutput _output;
        private readonly StringBuilder _lines = new StringBuilder();
        private bool? _linesAreBodies;

        public CallPayloadChecker(ICommandOutput output)
        {
            _output = output;
        }

        public bool Quiet { get; set; }

        /// <summary>The files a path names (literal: exactly that one), as the host's provider resolves them; none when it matches none.</summary>
        public Func<string, bool, IReadOnlyList<string>> ResolvePath { get; set; } = (path, literal) =>
            literal || File.Exists(path) || Directory.Exists(path) ? new[] { path } : new string[0];

        /// <summary>
        /// A request read from JSON text (-Request, a Request column), its typed fields carrying every finding they cannot hold,
        /// so New-OutboundCall judges it as it would the text.
        /// </summary>
        public static CreateCallRequest ReadRequest(string json)
        {
            var validation = CallPayloadValidator.Validate(json);
            return validation.Request ?? new CreateCallRequest { UntypedFindings = validation.Diagnostics };
        }

        /// <summary>Which body the inputs are: CreateCallRequest (Call) or CreateCallbackCommand (Callback).</summary>
        public CallPayloadKind Kind { get; set; }

        public override Task ProcessAsync(PayloadInput input, CancellationToken cancellationToken)
        {
            Process(input);
            return Task.CompletedTask;
        }

        /// <summary>The same, synchronously: nothing here waits.</summary>
        internal void Process(PayloadInput input)
        {
            switch (input.Kind)
            {
                case PayloadInputKind.Json:
                    ProcessJson(input.Text!);
                    break;
                case PayloadInputKind.PipedJson:
                    ProcessPipedJson(input.Text!);
                    break;
                case PayloadInputKind.Path:
                    ProcessPath(input.Text!, input.Resolved ?? ResolvePath(input.Text!, false));
                    break;
                case PayloadInputKind.LiteralPath:
                    ProcessPath(input.Text!, ResolvePath(input.Text!, true));
                    break;
                case PayloadInputKind.Row:
                case PayloadInputKind.TypedRow:
                    ProcessRow((IReadOnlyList<KeyValuePair<string, object?>>)input.Value!, input.Kind == PayloadInputKind.TypedRow);
                    break;
                default:
                    ProcessObject(input.Value);
                    break;
            }
        }

        private void ProcessJson(string json) =>
            Emit("Json", null, CallPayloadValidator.Validate(json, Kind));

        /// <summary>
        /// A piped string. Get-Content sends a file line by line, so as ConvertFrom-Json does: when the first string is a whole JSON
        /// value, each string is a body (JSON lines); otherwise the strings are lines of one body, checked once at the end.
        /// </summary>
        private void ProcessPipedJson(string text)
        {
            _linesAreBodies ??= IsWholeJson(text);
            if (_linesAreBodies == true)
            {
                ProcessJson(text);
                return;
            }

            if (_lines.Length > 0) _lines.Append('\n');
            _lines.Append(text);
        }

        /// <summary>Checks the body the piped lines make, if they were lines of one.</summary>
        public override Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_linesAreBodies == false) ProcessJson(_lines.ToString());
            return Task.CompletedTask;
        }

        private static bool IsWholeJson(string text)
        {
            try
            {
                using (JsonDocument.Parse(text)) return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>Files already resolved to provider paths; an input that matched no file arrives with an empty list.</summary>
        private void ProcessPath(string requested, IReadOnlyList<string> resolved)
        {
            if (resolved.Count == 0)
            {
                _output.WriteError(new CommandError(Problems.FileNotFound, requested,
                    "Cannot find a file matching '" + requested + "'.")
                {
                    RecommendedAction = requested.IndexOfAny(new[] { '[', ']' }) >= 0
                        ? "-Path treats [ and ] as wildcards: use -LiteralPath '" + requested + "'."
                        : "Check the path; use -Json to pass the body as a string.",
                });
                return;
            }

            foreach (var path in resolved)
            {
                ProcessFile(path);
            }
        }

        /// <summary>
        /// A row of a table. Columns that are all the body's own member names (phoneNumber, callFromQueueId) make a body: a CSV
        /// row's blank cells are not given and values lose surrounding spaces, a hashtable is checked exactly as typed. Any other
        /// row is checked as the body New-OutboundCall (with Kind Callback, New-OutboundCallback) would build from it: a column
        /// that names no parameter is left out as that cmdlet leaves it out, and a hashtable's such key is warned about as it warns.
        /// </summary>
        private void ProcessRow(IReadOnlyList<KeyValuePair<string, object?>> cells, bool asTyped)
        {
            var body = PayloadRows.Body(cells, Kind, asTyped, out var ignored);
            if (asTyped)
            {
                var cmdlet = Kind == CallPayloadKind.Callback ? "New-OutboundCallback" : "New-OutboundCall";
                foreach (var key in ignored)
                {
                    _output.WriteWarning("The key '" + key + "' names no parameter of " + cmdlet + ", so it was left out of the body, as "
                        + cmdlet + " leaves it out.");
                }
            }

            if (body != null) Emit("InputObject", null, CallPayloadValidator.Validate(body, Kind));
            else ProcessObject(PayloadRows.AsGiven(cells, asTyped));
        }

        /// <summary>A CreateCallRequest, or a dictionary (hashtable, or a PSObject's properties) shaped like one.</summary>
        private void ProcessObject(object? value)
        {
            if (value is FileSystemInfo file)
            {
                ProcessPath(file.FullName, new[] { file.FullName });
                return;
            }

            if (value is CreateCallbackCommand callback)
            {
                Emit("InputObject", null, CallPayloadValidator.Validate(callback));
                return;
            }

            if (value is CreateCallRequest request)
            {
                Emit("InputObject", null, CallPayloadValidator.Validate(request));
                return;
            }

            string json;
            try
            {
                json = ObjectJsonWriter.Write(value);
            }
            catch (InvalidDataException ex)
            {
                _output.WriteError(new CommandError(Problems.InputObjectUnusable, value, ex.Message, ex));
                return;
            }

            Emit("InputObject", null, CallPayloadValidator.Validate(json, Kind));
        }

        private void ProcessFile(string path)
        {
            byte[] bytes;
            try
            {
                if (Directory.Exists(path))
                {
                    _output.WriteError(new CommandError(Problems.PathIsFolder, path, "'" + path
                        + "' is a folder, not a file.")
                    {
                        RecommendedAction = "Name a JSON file, or check every file in the folder: Get-ChildItem '" + path
                            + "' -Filter *.json | Test-CallPayload",
                    });
                    return;
                }

                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    _output.WriteError(new CommandError(Problems.FileNotFound, path, "Cannot find the file '"
                        + path + "'."));
                    return;
                }

                if (info.Length > PayloadLimits.MaxBytes)
                {
                    Emit(path, path, CallPayloadValidator.TooLarge());
                    return;
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException
                || ex is ArgumentException)
            {
                _output.WriteError(new CommandError(Problems.FileUnreadable, path,
                    "Cannot read '" + path + "': " + ex.Message, ex));
                return;
            }

            Emit(path, path, CallPayloadValidator.Validate(bytes, Kind));
        }

        private void Emit(string source, string? path, PayloadValidation validation)
        {
            var report = new CallPayloadReport(source, path, validation.Diagnostics, validation.Request, validation.Callback, Kind);
            if (Quiet) _output.WriteObject(report.IsValid);
            else _output.WriteObject(report);
        }
    }
}
