using System.Text.Json;
using Microsoft.Data.Sqlite;
using Weft.Files;
using Weft.Images;
using Weft.Scheduling;

namespace Weft.Runs;

/// <summary>The run store in one SQLite file (<c>weft.db</c>) in the run folder: zero setup, safe under kill -9.</summary>
/// <remarks>
/// Write-ahead logging with one transaction per logical write keeps the file consistent whatever moment the process
/// dies at. One connection is shared under a lock: SQLite serialises writers anyway, and every statement here takes
/// microseconds next to a judge call that takes seconds.
/// </remarks>
public sealed partial class SqliteRunStore : IRunStore
{
    /// <summary>File name of the store inside a run folder.</summary>
    public const string FileName = "weft.db";

    private readonly SqliteConnection connection;
    private readonly Lock gate = new();
    private readonly Dictionary<string, KeptCommand> statements = new(StringComparer.Ordinal);

    // Hashes of every request key with a stored reply, loaded on the first lookup and kept up to date by SaveReply, so
    // that a request never answered before (every request of a fresh run) costs no query and no wait for the store's
    // lock. A hash match still reads the row, so a collision only costs that query.
    private HashSet<int>? replyKeys;

    private SqliteRunStore(string path, SqliteConnection connection)
    {
        Location = path;
        this.connection = connection;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The full path of the store of an existing run; a setup error naming <paramref name="runFolder"/> when it holds no run.</summary>
    public static string ExistingPath(string runFolder)
    {
        var path = Path.GetFullPath(Path.Combine(runFolder, FileName));
        if (!File.Exists(path))
        {
            throw new EvalSetupException($"{runFolder} is not a Weft run folder (no {FileName}); create one with weft eval --run {runFolder}");
        }

        return path;
    }

    /// <summary>Opens (creating or migrating when needed) the store in <paramref name="runFolder"/>; a setup error, writing nothing, when a newer Weft made it.</summary>
    public static SqliteRunStore Open(string runFolder)
    {
        Directory.CreateDirectory(runFolder);
        var path = Path.GetFullPath(Path.Combine(runFolder, FileName));
        var connection = RunDatabase.Open(path);
        var store = new SqliteRunStore(path, connection);
        try
        {
            store.OpenSchema();
            return store;
        }
        catch
        {
            // A refused store (made by a newer Weft) is closed at once, untouched and free for that Weft to open.
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public RunConfig? ReadConfig()
    {
        var json = Scalar("SELECT value FROM meta WHERE key = 'config'");
        return json is null ? null : JsonSerializer.Deserialize(json, StoreJson.Default.RunConfig);
    }

    /// <inheritdoc />
    public void WriteConfig(RunConfig config) =>
        Execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('config', $v)", ("$v", JsonSerializer.Serialize(config, StoreJson.Default.RunConfig)));

    /// <inheritdoc />
    public RunSources? ReadSources()
    {
        var json = Scalar("SELECT value FROM meta WHERE key = 'sources'");
        return json is null ? null : JsonSerializer.Deserialize(json, StoreJson.Default.RunSources);
    }

    /// <inheritdoc />
    public void WriteSources(RunSources sources) =>
        Execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sources', $v)", ("$v", JsonSerializer.Serialize(sources, StoreJson.Default.RunSources)));

    /// <inheritdoc />
    public void SaveInstances(IEnumerable<InstanceRow> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        InTransaction(tx =>
        {
            using var command = Command("INSERT OR REPLACE INTO instances (id, task, ordinal) VALUES ($id, $task, $ordinal)", tx, "$id", "$task", "$ordinal");
            foreach (var row in instances)
            {
                Run(command, row.Id, row.Task, row.Ordinal);
            }
        });
    }

    /// <inheritdoc />
    public void SaveOutputs(IEnumerable<OutputRow> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        InTransaction(tx =>
        {
            using var command = Command(
                "INSERT OR REPLACE INTO outputs (system, instance_id, present, content_hash) VALUES ($s, $i, $p, $h)", tx, "$s", "$i", "$p", "$h");
            foreach (var row in outputs)
            {
                Run(command, row.System, row.InstanceId, row.Present ? 1 : 0, row.ContentHash);
            }
        });
    }

    /// <inheritdoc />
    public StoredReply? FindReply(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (gate)
        {
            if (replyKeys is null)
            {
                replyKeys = [];
                using var keys = Prepare("SELECT key FROM requests", []);
                using var reader = keys.ExecuteReader();
                while (reader.Read())
                {
                    replyKeys.Add(KeyHash(reader.GetString(0)));
                }
            }

            if (!replyKeys.Contains(KeyHash(key)))
            {
                return null;
            }
        }

        StoredReply? found = null;
        Query(
            """
            SELECT key, purpose, judge, prompt_id, prompt_hash, request, reply, input_tokens, output_tokens, latency_ms, attempts, created_at
            FROM requests WHERE key = $k
            """,
            r => found = new StoredReply(
                r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4), r.GetString(5), r.GetString(6),
                NullableLong(r, 7), NullableLong(r, 8), r.GetInt64(9), r.GetInt32(10), ParseTime(r.GetString(11))),
            ("$k", key));
        return found;
    }

    /// <inheritdoc />
    public bool HoldsReplies()
    {
        var any = false;
        Query("SELECT 1 FROM requests LIMIT 1", _ => any = true);
        return any;
    }

    /// <inheritdoc />
    public void SaveReply(StoredReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Execute(
            """
            INSERT OR REPLACE INTO requests (key, purpose, judge, prompt_id, prompt_hash, request, reply, input_tokens, output_tokens, latency_ms, attempts, created_at)
            VALUES ($k, $p, $j, $pi, $ph, $rq, $rp, $it, $ot, $l, $a, $c)
            """,
            ("$k", reply.Key), ("$p", reply.Purpose), ("$j", reply.Judge), ("$pi", reply.PromptId), ("$ph", reply.PromptHash),
            ("$rq", reply.Request), ("$rp", reply.Reply), ("$it", reply.InputTokens), ("$ot", reply.OutputTokens),
            ("$l", reply.LatencyMs), ("$a", reply.Attempts), ("$c", FormatTime(reply.CreatedAt)));
        lock (gate)
        {
            replyKeys?.Add(KeyHash(reply.Key));
        }
    }

    private static int KeyHash(string key) => string.GetHashCode(key, StringComparison.Ordinal);

    /// <inheritdoc />
    public void DeleteReplies(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        InTransaction(tx =>
        {
            using var command = Command("DELETE FROM requests WHERE key = $k", tx, "$k");
            foreach (var key in keys)
            {
                Run(command, key);
            }
        });
    }

    /// <inheritdoc />
    public void SaveFault(string requestKey, int attempt, Fault fault, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fault);
        Execute(
            "INSERT INTO faults (request_key, attempt, kind, message, at) VALUES ($k, $a, $kind, $m, $t)",
            ("$k", requestKey), ("$a", attempt), ("$kind", fault.Kind), ("$m", fault.Message), ("$t", FormatTime(at)));
    }

    /// <inheritdoc />
    public void SaveItem(ItemRecord item, IReadOnlyList<VerdictRecord> verdicts)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(verdicts);
        InTransaction(tx =>
        {
            using (var delete = Command("DELETE FROM verdicts WHERE system = $s AND instance_id = $i", tx, "$s", "$i"))
            {
                Run(delete, item.System, item.InstanceId);
            }

            using (var insert = Command(
                """
                INSERT INTO verdicts (system, instance_id, aspect, status, score, explanation, request_key, parse_method, judge, prompt_id, prompt_hash)
                VALUES ($s, $i, $a, $st, $sc, $e, $rk, $pm, $j, $pi, $ph)
                """,
                tx, "$s", "$i", "$a", "$st", "$sc", "$e", "$rk", "$pm", "$j", "$pi", "$ph"))
            {
                foreach (var v in verdicts)
                {
                    Run(insert, item.System, item.InstanceId, v.Aspect, StatusName(v.Status), v.Score, v.Explanation, v.RequestKey, v.ParseMethod, v.Judge, v.PromptId, v.PromptHash);
                }
            }

            using var upsert = Command(
                "INSERT OR REPLACE INTO items (system, instance_id, status, error_kind, error, finished_at) VALUES ($s, $i, $st, $k, $e, $f)",
                tx, "$s", "$i", "$st", "$k", "$e", "$f");
            Run(upsert, item.System, item.InstanceId, item.Status, item.ErrorKind, item.Error, FormatTime(item.FinishedAt));
        });
    }

    /// <inheritdoc />
    public void SaveMetrics(string system, string instanceId, IReadOnlyList<(string Metric, double Value)> values) =>
        SaveMetrics([(system, instanceId, values)]);

    /// <inheritdoc />
    public void SaveMetrics(IEnumerable<(string System, string InstanceId, IReadOnlyList<(string Metric, double Value)> Values)> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        InTransaction(tx =>
        {
            using var delete = Command("DELETE FROM metrics WHERE system = $s AND instance_id = $i", tx, "$s", "$i");
            using var insert = Command("INSERT INTO metrics (system, instance_id, metric, value) VALUES ($s, $i, $m, $v)", tx, "$s", "$i", "$m", "$v");
            foreach (var (system, instanceId, values) in outputs)
            {
                Run(delete, system, instanceId);
                foreach (var (metric, value) in values)
                {
                    Run(insert, system, instanceId, metric, value);
                }
            }
        });
    }

    /// <inheritdoc />
    public void ReplaceImageProblems(IReadOnlyList<ImageProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        InTransaction(tx =>
        {
            using (var delete = Command("DELETE FROM image_problems", tx))
            {
                delete.ExecuteNonQuery();
            }

            using var insert = Command("INSERT INTO image_problems (owner, image, kind, problem) VALUES ($o, $i, $k, $p)", tx, "$o", "$i", "$k", "$p");
            foreach (var problem in problems)
            {
                Run(insert, problem.Owner, problem.Image, problem.Kind.ToString(), problem.Problem);
            }
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            foreach (var command in statements.Values)
            {
                command.Release();
            }

            statements.Clear();
            connection.Dispose();
        }
    }
}
