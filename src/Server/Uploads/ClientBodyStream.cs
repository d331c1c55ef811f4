namespace AbiPortal.Server.Uploads;

/// <summary>
/// A request body as the multipart reader sees it, with the reader's complaints about the body
/// turned into what they are: the client's mistake. <see cref="Microsoft.AspNetCore.WebUtilities.MultipartReader"/>
/// throws <see cref="IOException"/> ("Unexpected end of Stream") when the body ends before the
/// closing boundary (cut short, empty, or a boundary the body does not use) and
/// <see cref="InvalidDataException"/> when a section's headers pass its limits; both became 500s.
/// Here they become <see cref="BadHttpRequestException"/> (400) with a message saying what to fix.
/// Kestrel's own <see cref="BadHttpRequestException"/> (413 for a body over the limit) passes through.
/// </summary>
internal sealed class ClientBodyStream(Stream inner) : Stream
{
    private const string CutShort = "The multipart body ended before its closing boundary: it was cut short, or the boundary in Content-Type is not the one the body uses.";

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Runs one step of the multipart reader, translating its complaints about the body.</summary>
    public static async Task<T> TranslateAsync<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            throw new BadHttpRequestException(CutShort, StatusCodes.Status400BadRequest, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new BadHttpRequestException($"A multipart section is malformed: {ex.Message}", StatusCodes.Status400BadRequest, ex);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            throw new BadHttpRequestException(CutShort, StatusCodes.Status400BadRequest, ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // The multipart reader reads asynchronously; Kestrel forbids synchronous reads anyway.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
