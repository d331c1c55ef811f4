using System.Net.Sockets;
using System.Text;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// HTTP/1.1 by hand over a socket, for what HttpClient will not send: a body shorter than its
/// Content-Length, a multipart body without its closing boundary, a request whose body never
/// comes. The connection is closed by the server or after the response (<c>Connection: close</c>).
/// </summary>
public static class RawHttp
{
    /// <summary>A response as read off the socket.</summary>
    /// <param name="Status">The status code.</param>
    /// <param name="Headers">Header lines, names lower-cased.</param>
    /// <param name="Body">The body, decoded as UTF-8 (chunked bodies are left as sent).</param>
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>
    /// Sends <paramref name="head"/> (request line and headers, without the blank line) and then
    /// <paramref name="body"/>; with <paramref name="stopSending"/> the client then shuts its side
    /// (a body cut short), otherwise it just waits. Returns what the server answered, or null when
    /// it closed or reset the connection without answering.
    /// </summary>
    public static async Task<Response?> SendAsync(Uri server, string head, byte[] body, bool stopSending, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancel.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.TrimEnd() + "\r\nConnection: close\r\n\r\n"), cancel.Token);
        try
        {
            await stream.WriteAsync(body, cancel.Token);
            if (stopSending)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }
        }
        catch (IOException)
        {
            // The server answered and closed before taking the whole body: read its answer.
        }

        var received = new MemoryStream();
        byte[] buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Complete(received.ToArray()))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // Reset: what came before it (perhaps nothing) is the answer.
        }

        return Parse(received.ToArray());
    }

    /// <summary>A multipart/form-data head for <paramref name="path"/> with a Content-Length.</summary>
    public static string MultipartHead(Uri server, string path, string boundary, long contentLength, string? extraHeaders = null)
        => $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {contentLength}\r\n{extraHeaders}";

    private static bool Complete(byte[] data)
    {
        string text = Encoding.UTF8.GetString(data);
        int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var length = text[..end].Split("\r\n").Select(l => l.Split(':', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim().Equals("content-length", StringComparison.OrdinalIgnoreCase));
        return length is not null && data.Length - Encoding.UTF8.GetByteCount(text[..(end + 4)]) >= long.Parse(length[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Response? Parse(byte[] data)
    {
        string text = Encoding.UTF8.GetString(data);
        int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        string[] lines = text[..end].Split("\r\n");
        int status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p[1].Trim())));
        return new Response(status, headers, text[(end + 4)..]);
    }
}
