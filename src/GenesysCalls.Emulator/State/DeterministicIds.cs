using System.Security.Cryptography;
using System.Text;

namespace GenesysCalls.Emulator;

internal static class DeterministicIds
{
    /// <summary>The same GUID for the same name on every run, so seeds and scripts can name agents.</summary>
    public static string For(string name)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("genesyscalls-emulator/" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true).ToString("D");
    }
}
