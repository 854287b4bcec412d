using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Text;
using Microsoft.Data.Sqlite;

namespace EduPlan.Search.Bench;

/// <summary>
/// The baseline: the same corpus in SQLite FTS5 (`fts5(title, body, tokenize='unicode61 remove_diacritics 2')`,
/// plus unindexed province, school year and kind columns for the filters), searched in process. Each
/// search does what the service's does in outline: the total and the province facet of the filtered
/// matches, and the first ten by bm25 (title weighted 2) with a snippet.
/// </summary>
public sealed partial class SqliteFts(string databasePath)
{
    public string DatabasePath { get; } = databasePath;

    [GeneratedRegex(@"năm học\s*(?<a>\d{4})\s*[-–]\s*(?<b>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex SchoolYear();

    [GeneratedRegex(@"^(?<place>[^\d,;:]{2,40}),\s*ngày")]
    private static partial Regex PlaceLine();

    private static readonly string[] KindLines = ["KẾ HOẠCH", "CHỈ THỊ", "QUYẾT ĐỊNH", "HƯỚNG DẪN", "THÔNG BÁO"];

    public sealed record BuildFigures(int Documents, long Bytes, TimeSpan Insert, TimeSpan Optimize, long DatabaseBytes);

    /// <summary>Reads every corpus file and inserts it in one transaction, then merges the FTS segments ('optimize').</summary>
    public BuildFigures Build(string corpus, IProgress<BuildProgress>? progress = null)
    {
        foreach (var f in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm", DatabasePath + "-journal" })
            if (File.Exists(f)) File.Delete(f);
        var files = new CorpusReader(corpus).Files();
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        using var connection = Open(readOnly: false);
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;");
        Execute(connection, "CREATE VIRTUAL TABLE docs USING fts5(title, body, province UNINDEXED, school_year UNINDEXED, kind UNINDEXED, tokenize='unicode61 remove_diacritics 2')");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs(title, body, province, school_year, kind) VALUES ($t, $b, $p, $y, $k)";
            var t = insert.Parameters.Add("$t", SqliteType.Text);
            var b = insert.Parameters.Add("$b", SqliteType.Text);
            var p = insert.Parameters.Add("$p", SqliteType.Text);
            var y = insert.Parameters.Add("$y", SqliteType.Text);
            var k = insert.Parameters.Add("$k", SqliteType.Text);
            for (var i = 0; i < files.Count; i++)
            {
                progress?.Report(new BuildProgress(i, files.Count, files[i].Name, bytes, clock.Elapsed));
                var text = File.ReadAllText(files[i].FullName, Encoding.UTF8);
                bytes += files[i].Length;
                var (title, province, schoolYear, kind) = Header(text);
                t.Value = title;
                b.Value = text;
                p.Value = (object?)province ?? DBNull.Value;
                y.Value = (object?)schoolYear ?? DBNull.Value;
                k.Value = (object?)kind ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var insertTime = clock.Elapsed;
        progress?.Report(new BuildProgress(files.Count, files.Count, null, bytes, clock.Elapsed));
        Execute(connection, "INSERT INTO docs(docs) VALUES('optimize')");
        var optimize = clock.Elapsed - insertTime;
        connection.Close();
        SqliteConnection.ClearAllPools();
        return new BuildFigures(files.Count, bytes, insertTime, optimize, new FileInfo(DatabasePath).Length);
    }

    /// <summary>A cheap reading of the header: the subject line under the kind line (or after "V/v"), the place line's province, the school year, the kind.</summary>
    private static (string Title, string? Province, string? SchoolYear, string? Kind) Header(string text)
    {
        string? title = null, province = null, kind = null;
        var paragraphs = text.Split("\n\n", 20, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < paragraphs.Length && i < 19; i++)
        {
            var p = paragraphs[i];
            if (province is null && PlaceLine().Match(p) is { Success: true } place) province = Provinces.Canonical(place.Groups["place"].Value.Trim());
            if (kind is null && Array.IndexOf(KindLines, p) >= 0 && i + 1 < paragraphs.Length)
            {
                kind = p[0] + p[1..].ToLowerInvariant();
                title = paragraphs[i + 1];
            }
            var vv = p.IndexOf("V/v ", StringComparison.Ordinal);
            if (title is null && vv >= 0)
            {
                kind = "Công văn";
                title = p[(vv + 4)..];
            }
        }
        var year = SchoolYear().Match(title ?? text);
        return (title ?? "", province, year.Success ? $"{year.Groups["a"].Value}-{year.Groups["b"].Value}" : null, kind);
    }

    /// <summary>A searcher for one client: its own read-only connection and prepared statements.</summary>
    public Func<BenchQuery, bool> Searcher()
    {
        var connection = Open(readOnly: true);
        var cache = new Dictionary<string, (SqliteCommand Count, SqliteCommand Top)>();
        return query =>
        {
            var match = Fts5Query(query.Q);
            var filter = Filter(query, out var filterValues);
            if (!cache.TryGetValue(filter, out var commands))
            {
                var count = connection.CreateCommand();
                count.CommandText = $"SELECT province, count(*) FROM docs WHERE docs MATCH $q{filter} GROUP BY province";
                var top = connection.CreateCommand();
                top.CommandText = $"SELECT rowid, title, province, snippet(docs, 1, '<mark>', '</mark>', '…', 16), bm25(docs, 2.0, 1.0) AS score FROM docs WHERE docs MATCH $q{filter} ORDER BY score LIMIT 10";
                foreach (var c in new[] { count, top })
                {
                    c.Parameters.Add("$q", SqliteType.Text);
                    for (var i = 0; i < 3; i++) c.Parameters.Add("$f" + i, SqliteType.Text);
                    c.Prepare();
                }
                commands = (count, top);
                cache[filter] = commands;
            }
            var total = 0L;
            foreach (var c in new[] { commands.Count, commands.Top })
            {
                c.Parameters["$q"].Value = match;
                for (var i = 0; i < 3; i++) c.Parameters["$f" + i].Value = i < filterValues.Count ? filterValues[i] : DBNull.Value;
            }
            using (var reader = commands.Count.ExecuteReader())
                while (reader.Read()) total += reader.GetInt64(1);
            var hits = 0;
            using (var reader = commands.Top.ExecuteReader())
                while (reader.Read())
                {
                    _ = reader.GetString(1);
                    _ = reader.IsDBNull(3) ? null : reader.GetString(3);
                    hits++;
                }
            return true;
        };
    }

    /// <summary>The total matches of a query (for the side-by-side check that both engines find things).</summary>
    public long Count(BenchQuery query)
    {
        using var connection = Open(readOnly: true);
        using var c = connection.CreateCommand();
        var filter = Filter(query, out var values);
        c.CommandText = $"SELECT count(*) FROM docs WHERE docs MATCH $q{filter}";
        c.Parameters.AddWithValue("$q", Fts5Query(query.Q));
        for (var i = 0; i < 3; i++) c.Parameters.AddWithValue("$f" + i, i < values.Count ? values[i] : DBNull.Value);
        return (long)c.ExecuteScalar()!;
    }

    private static string Filter(BenchQuery query, out List<string> values)
    {
        values = [];
        var sql = new StringBuilder();
        foreach (var (column, value) in new[] { ("province", query.Province), ("school_year", query.SchoolYear), ("kind", query.Kind) })
        {
            if (value is null) continue;
            sql.Append($" AND {column} = $f{values.Count}");
            values.Add(value);
        }
        return sql.ToString();
    }

    /// <summary>
    /// The user's query in FTS5 syntax: every word required (AND), "quoted" phrases as phrases, -word
    /// and -"phrase" as NOT, OR between its neighbours, a symbol ("2457/QĐ-BGDĐT") as the phrase of its parts.
    /// </summary>
    public static string Fts5Query(string q)
    {
        var terms = new List<string>();
        var excluded = new List<string>();
        var orNext = false;
        foreach (Match m in Regex.Matches(q, @"(?<neg>-)?(?:""(?<phrase>[^""]*)""|(?<word>[^\s""]+))"))
        {
            var raw = m.Groups["phrase"].Success ? m.Groups["phrase"].Value : m.Groups["word"].Value;
            if (!m.Groups["neg"].Success && m.Groups["word"].Success && raw == "OR")
            {
                orNext = terms.Count > 0;
                continue;
            }
            var parts = Regex.Split(raw.Normalize(NormalizationForm.FormC), @"[^\p{L}\p{M}\p{N}]+").Where(p => p.Length > 0).ToList();
            if (parts.Count == 0) continue;
            var phrase = "\"" + string.Join(' ', parts) + "\"";
            if (m.Groups["neg"].Success) excluded.Add(phrase);
            else if (orNext)
            {
                terms[^1] = $"({terms[^1]} OR {phrase})";
                orNext = false;
            }
            else terms.Add(phrase);
        }
        var expression = string.Join(" AND ", terms);
        return excluded.Count == 0 ? expression : $"({expression}) NOT ({string.Join(" OR ", excluded)})";
    }

    private SqliteConnection Open(bool readOnly)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = !readOnly,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var c = connection.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }
}
