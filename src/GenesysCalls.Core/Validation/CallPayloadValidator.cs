using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace GenesysCalls.Core.Validation
{
    /// <summary>
    /// Checks a CreateCallRequest body offline: size, encoding and JSON syntax here, then the fields against the API
    /// definition and the rules of PayloadRules (PayloadWalker), mapping it to the typed request in the same pass.
    /// </summary>
    internal static class CallPayloadValidator
    {
        private static readonly JsonDocumentOptions DocumentOptions = new JsonDocumentOptions { MaxDepth = PayloadLimits.MaxDepth };

        public static PayloadValidation Validate(string json, CallPayloadKind kind = CallPayloadKind.Call)
        {
            if (json.Length > PayloadLimits.MaxBytes || Encoding.UTF8.GetByteCount(json) > PayloadLimits.MaxBytes)
            {
                return TooLarge();
            }

            var broken = IndexOfUnpairedSurrogate(json);
            if (broken >= 0)
            {
                return Single(DiagnosticCodes.InvalidEncoding, string.Empty,
                    "The text has a broken character (an unpaired UTF-16 surrogate) at position " + (broken + 1) + ".",
                    "Re-read the source with the right encoding; the body must be valid Unicode text.");
            }

            return ValidateDocument(() => JsonDocument.Parse(json, DocumentOptions), kind);
        }

        public static PayloadValidation Validate(byte[] utf8, CallPayloadKind kind = CallPayloadKind.Call)
        {
            if (utf8.Length > PayloadLimits.MaxBytes)
            {
                return TooLarge();
            }

            // As Get-Content reads a file: a byte order mark names the encoding (what Windows PowerShell 5.1's > and Out-File write
            // is UTF-16 LE with one), and without one the text is UTF-8.
            var (encoding, start) = ByteOrderMark.Detect(utf8);
            try
            {
                encoding.GetCharCount(utf8, start, utf8.Length - start);
            }
            catch (DecoderFallbackException ex)
            {
                var at = ex.Index >= 0 ? " at byte " + (start + ex.Index + 1) : string.Empty;
                return Single(DiagnosticCodes.InvalidEncoding, string.Empty, "The body is not valid " + ByteOrderMark.Name(encoding) + at + ".",
                    "Save the file as UTF-8 (for example Set-Content -Encoding utf8).");
            }

            if (!(encoding is UTF8Encoding)) return Validate(encoding.GetString(utf8, start, utf8.Length - start), kind);
            var memory = new ReadOnlyMemory<byte>(utf8, start, utf8.Length - start);
            return ValidateDocument(() => JsonDocument.Parse(memory, DocumentOptions), kind);
        }

        /// <summary>The body the request writes, and the findings of the body it was read from that it could not hold.</summary>
        public static PayloadValidation Validate(CreateCallRequest request)
        {
            var validation = Validate(request.ToJson());
            if (request.UntypedFindings.Count == 0) return validation;
            if (validation.Request != null) validation.Request.UntypedFindings = request.UntypedFindings;
            return new PayloadValidation(request.UntypedFindings.Concat(validation.Diagnostics).ToList(), validation.Request);
        }

        /// <summary>The body the callback request writes, with the errors of the body it was read from that it could not hold.</summary>
        public static PayloadValidation Validate(CreateCallbackCommand request)
        {
            var validation = Validate(request.ToJson(), CallPayloadKind.Callback);
            if (request.UntypedFindings.Count == 0) return validation;
            if (validation.Callback != null) validation.Callback.UntypedFindings = request.UntypedFindings;
            return new PayloadValidation(request.UntypedFindings.Concat(validation.Diagnostics).ToList(), null, validation.Callback);
        }

        private static PayloadValidation ValidateDocument(Func<JsonDocument> parse, CallPayloadKind kind)
        {
            JsonDocument document;
            try
            {
                document = parse();
            }
            catch (JsonException ex)
            {
                return SyntaxError(ex);
            }

            using (document)
            {
                var walker = new PayloadWalker();
                if (kind == CallPayloadKind.Callback)
                {
                    var callback = walker.ReadCallback(document.RootElement);
                    return new PayloadValidation(walker.Diagnostics, null, callback);
                }

                var request = walker.ReadRoot(document.RootElement);
                return new PayloadValidation(walker.Diagnostics, request);
            }
        }

        private static int IndexOfUnpairedSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i])) return i;
            }

            return -1;
        }

        private static PayloadValidation SyntaxError(JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            // Not just "depth": an unclosed object is "Expected depth to be zero at the end of the JSON payload".
            if (ex.Message.IndexOf("maximum configured depth", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return Single(DiagnosticCodes.TooDeep, string.Empty,
                    "The JSON nests deeper than " + PayloadLimits.MaxDepth + " levels (line " + line + ", column " + column + ").",
                    "A CreateCallRequest nests at most three levels (body, participants[], a participant).");
            }

            return Single(DiagnosticCodes.BadRequest, string.Empty,
                "The body is not valid JSON at line " + line + ", column " + column + ": " + FirstSentence(ex.Message),
                "Check quotes, commas and braces near that position; property names need double quotes.");
        }

        public static PayloadValidation TooLarge() =>
            Single(DiagnosticCodes.TooLarge, string.Empty, "The body is larger than " + PayloadLimits.MaxBytes + " bytes.",
                "A CreateCallRequest is a few hundred bytes: check that the right file or string was passed.");

        private static PayloadValidation Single(string code, string path, string message, string hint) =>
            new PayloadValidation(new[] { new Diagnostic(DiagnosticSeverity.Error, code, path, message, hint) }, null);

        private static string FirstSentence(string message)
        {
            // The parser's own position ("LineNumber: 0 | BytePositionInLine: 1.") repeats what the message already says.
            foreach (var marker in new[] { " Path:", " LineNumber:" })
            {
                var cut = message.IndexOf(marker, StringComparison.Ordinal);
                if (cut > 0) message = message.Substring(0, cut);
            }

            return message;
        }
    }
}
