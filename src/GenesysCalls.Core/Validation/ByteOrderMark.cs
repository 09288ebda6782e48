using System.Text;

namespace GenesysCalls.Core.Validation
{
    /// <summary>The encodings Get-Content recognises by their byte order mark, each strict (a bad byte is an error, not '?').</summary>
    internal static class ByteOrderMark
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false, true);
        private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, true);
        private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, true);
        private static readonly Encoding Utf32Le = new UTF32Encoding(false, false, true);
        private static readonly Encoding Utf32Be = new UTF32Encoding(true, false, true);

        /// <summary>The encoding the bytes declare and the length of the mark; UTF-8 and 0 without one.</summary>
        public static (Encoding Encoding, int Start) Detect(byte[] bytes)
        {
            if (Starts(bytes, 0xEF, 0xBB, 0xBF)) return (Utf8, 3);
            // UTF-32 LE's mark begins with UTF-16 LE's, so it is tried first.
            if (Starts(bytes, 0xFF, 0xFE, 0x00, 0x00)) return (Utf32Le, 4);
            if (Starts(bytes, 0x00, 0x00, 0xFE, 0xFF)) return (Utf32Be, 4);
            if (Starts(bytes, 0xFF, 0xFE)) return (Utf16Le, 2);
            if (Starts(bytes, 0xFE, 0xFF)) return (Utf16Be, 2);
            return (Utf8, 0);
        }

        public static string Name(Encoding encoding) => encoding switch
        {
            UnicodeEncoding _ when encoding.Equals(Utf16Be) => "UTF-16 BE",
            UnicodeEncoding _ => "UTF-16 LE",
            UTF32Encoding _ when encoding.Equals(Utf32Be) => "UTF-32 BE",
            UTF32Encoding _ => "UTF-32 LE",
            _ => "UTF-8",
        };

        private static bool Starts(byte[] bytes, params byte[] mark)
        {
            if (bytes.Length < mark.Length) return false;
            for (var i = 0; i < mark.Length; i++)
            {
                if (bytes[i] != mark[i]) return false;
            }

            return true;
        }
    }
}
