using System.Globalization;
using System.Security.Cryptography;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// This server process among those that share a database: a random number drawn at start, written
/// into every claim it makes (<c>{machine}/{pid}/{instance}/{worker}</c>). A process id is no
/// identity across restarts (a restarted server gets a new one and cannot tell its old claims from
/// a live neighbour's), and a machine name is none among servers on one host or containers that
/// come back under new names. What tells a dead claimant from a live one on PostgreSQL is the
/// advisory lock each live server holds on its instance number (<see cref="ServerLiveness"/>):
/// PostgreSQL drops it the moment the process's connection goes, so a server that starts after a
/// crash sees at once which <c>parsing</c> jobs nobody holds any more, without waiting for the
/// lease (<see cref="ParseQueue.RequeueAbandonedAsync"/>).
/// </summary>
public sealed class ServerInstance
{
    /// <summary>A non-negative 31-bit number, the advisory lock's object id (PostgreSQL oids are unsigned 32-bit).</summary>
    public int Id { get; } = RandomNumberGenerator.GetInt32(1, int.MaxValue);

    /// <summary>How claims name this process: machine and process id for people reading the table, then the instance number.</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName.Replace('/', '_')}/{Environment.ProcessId}/i{Id}");

    /// <summary>The claimant name of parse worker <paramref name="index"/>.</summary>
    public string WorkerId(int index) => string.Create(CultureInfo.InvariantCulture, $"{Name}/{index}");

    /// <summary>The claimant name of a snapshot stored by a request (it holds its claim only while it writes the rows).</summary>
    public string SnapshotClaimant() => $"{Name}/snapshot-{Guid.NewGuid():N}";

    /// <summary>The instance number inside a claimant name, or null for a name without one (older servers, tests).</summary>
    public static int? InstanceOf(string? claimant)
    {
        if (claimant is null)
        {
            return null;
        }

        string[] parts = claimant.Split('/');
        return parts.Length >= 4 && parts[2].StartsWith('i')
               && int.TryParse(parts[2].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : null;
    }
}
