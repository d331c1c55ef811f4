namespace AbiPortal.Parsers.Lint.Rules;

/// <summary>A library re-exports a well-known third-party library it was statically linked with.</summary>
internal sealed class BundledLibraryRule : ILintRule
{
    /// <summary>Libraries and names only they define; three of a library's names must be exported to count.</summary>
    private static readonly (string Library, string Stem, string[] Names)[] Known =
    [
        ("zlib", "libz", ["zlibVersion", "deflateInit_", "inflateInit_", "deflate", "inflate", "crc32", "adler32", "compress2", "uncompress", "deflateEnd", "inflateEnd"]),
        ("OpenSSL libcrypto", "libcrypto", ["OpenSSL_version", "OPENSSL_init_crypto", "ERR_get_error", "EVP_DigestInit_ex", "EVP_EncryptInit_ex", "BIO_new", "RAND_bytes", "CRYPTO_malloc", "EVP_MD_CTX_new"]),
        ("OpenSSL libssl", "libssl", ["SSL_CTX_new", "SSL_new", "SSL_connect", "SSL_read", "SSL_write", "OPENSSL_init_ssl", "TLS_method"]),
        ("libpng", "libpng", ["png_create_read_struct", "png_read_info", "png_get_libpng_ver", "png_create_write_struct", "png_set_IHDR"]),
        ("libjpeg", "libjpeg", ["jpeg_CreateDecompress", "jpeg_read_header", "jpeg_std_error", "jpeg_start_decompress", "jpeg_CreateCompress"]),
        ("SQLite", "libsqlite3", ["sqlite3_open", "sqlite3_prepare_v2", "sqlite3_libversion", "sqlite3_step", "sqlite3_close"]),
        ("Expat", "libexpat", ["XML_ParserCreate", "XML_Parse", "XML_ExpatVersion", "XML_SetElementHandler", "XML_ParserFree"]),
        ("LZ4", "liblz4", ["LZ4_compress_default", "LZ4_decompress_safe", "LZ4_versionNumber", "LZ4_compressBound"]),
        ("Zstandard", "libzstd", ["ZSTD_compress", "ZSTD_decompress", "ZSTD_versionNumber", "ZSTD_createCCtx", "ZSTD_freeCCtx"]),
        ("bzip2", "libbz2", ["BZ2_bzCompress", "BZ2_bzDecompress", "BZ2_bzlibVersion", "BZ2_bzCompressInit"]),
        ("liblzma", "liblzma", ["lzma_code", "lzma_end", "lzma_version_number", "lzma_easy_encoder"]),
        ("libffi", "libffi", ["ffi_call", "ffi_prep_cif", "ffi_closure_alloc", "ffi_prep_closure_loc"]),
        ("libcurl", "libcurl", ["curl_easy_init", "curl_easy_perform", "curl_version", "curl_easy_setopt"]),
    ];

    public LintRuleInfo Info { get; } = new(
        "bundled-library-exported",
        "Bundled third-party library exported",
        "A statically linked copy of zlib or OpenSSL that stays exported interposes with (or is interposed by) the system copy in every process that loads both: one library ends up calling the other's functions with its own structures.",
        LintEvidence.Symbols,
        LintLevel.Warning,
        "Hide the bundled copy (-Wl,--exclude-libs,ALL, a version script with local: *, or -fvisibility=hidden when building it), or link the shared system library.");

    public void Check(LintContext context, List<LintFinding> findings)
    {
        var exported = context.Snapshot.Exports.Where(e => e.Name is not null && e.Address is not null).Select(e => e.Name!).ToHashSet(StringComparer.Ordinal);
        foreach (var (library, stem, names) in Known)
        {
            var hits = names.Where(exported.Contains).ToList();
            if (hits.Count < 3 || LibraryName.Is(context.Snapshot, stem))
            {
                continue;
            }

            findings.Add(new LintFinding
            {
                Rule = Info.Id,
                Level = Info.Level,
                Symbol = hits[0],
                Symbols = hits,
                Message = $"exports {library}'s own functions ({string.Join(", ", hits.Take(5))}{(hits.Count > 5 ? ", ..." : "")}): a bundled copy that will clash with the system {library}.",
                Member = context.Snapshot.Member,
            });
        }
    }
}
