using System.Globalization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Threading.RateLimiting;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace EduPlan.Search.Api;

public static class ServiceSetup
{
    public const string PublicCors = "public-read";

    /// <summary>The policy of the API's refusals before any endpoint answers: a method a route does not take, a route it does not have.</summary>
    private const string RefusalCors = "api-refusals";

    /// <summary>Where the administration is: never answered to another origin (<see cref="AdminApi"/>).</summary>
    private const string AdminPrefix = ApiPrefix + "/admin";

    private const string AllowedOriginsKey = "EduPlan:Cors:AllowedOrigins";

    /// <summary>Where the API is: every route under it is rate limited.</summary>
    public const string ApiPrefix = "/api";

    /// <summary>Options from configuration: EduPlan:CorpusPath (default "seeds"), EduPlan:IndexPath (default "index").</summary>
    public static SearchOptions ReadOptions(IConfiguration configuration) => new(
        Resolve(configuration["EduPlan:CorpusPath"] is { Length: > 0 } c ? c : "seeds"),
        Resolve(configuration["EduPlan:IndexPath"] is { Length: > 0 } i ? i : "index"));

    /// <summary>
    /// Relative paths are relative to the repository root (the folder holding EduPlan.Search.sln above
    /// the working directory), so `dotnet run` finds seeds/ whichever folder it starts in; elsewhere,
    /// to the working directory.
    /// </summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return Path.GetFullPath(path);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EduPlan.Search.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, path));
        return Path.GetFullPath(path);
    }

    /// <summary>
    /// The page, widget and OpenSearch description are served from wwwroot in the content root (the working directory, or the
    /// project folder under `dotnet run`). A service started from elsewhere served none of them (404 at /): a published copy
    /// finds them beside its dll, and a build's output through the static web assets manifest the build writes beside it.
    /// </summary>
    public static void FindWebRoot(this WebApplicationBuilder builder)
    {
        var env = builder.Environment;
        if (Directory.Exists(Path.Combine(env.ContentRootPath, "wwwroot"))) return;
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(beside))
        {
            env.WebRootPath = beside;
            env.WebRootFileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(beside);
        }
        else builder.WebHost.UseStaticWebAssets();
    }

    public static IServiceCollection AddEduPlanSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp =>
        {
            var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger("EduPlan.Index");
            return new SearchService(ReadOptions(configuration), message => log.LogInformation("{Message}", message));
        });
        services.AddScoped<ServedIndex>();
        services.AddHostedService<IndexStartup>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Complete);
        // A q of 1,000 characters heavy in marks is some 9 KB percent-encoded: past Kestrel's 8 KB request line, it got an empty
        // 414 instead of the search (or the clear 400 a longer q gets).
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = 16 * 1024);
        services.AddOpenApi(OpenApiContract.Configure);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
            // Numbers are numbers: the web default also reads them from strings, and the OpenAPI document then typed every
            // count and score "integer or string".
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        var origins = ReadAllowedOrigins(configuration);
        // Read once: the pipeline's frame-ancestors name the same portals (UseEduPlanSearch).
        services.AddSingleton(new AllowedOrigins(origins));
        services.AddCors(o =>
        {
            o.AddPolicy(PublicCors, p => AllowOrigins(p, origins).WithMethods("GET").AllowAnyHeader()
                // A portal paging the documents reads the total; one over the rate limit reads when to retry.
                .WithExposedHeaders(DocumentsApi.TotalCountHeader, "Retry-After")
                // A portal sending a header of its own asks first; told nothing, a browser asks again before every search.
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
            // Any method: no endpoint at such a path takes the one asked for, so a browser let send it is only told why not (a 405
            // naming the methods in Allow, a 404), where its preflight refused had it report a bare network error.
            o.AddPolicy(RefusalCors, p => AllowOrigins(p, origins).AllowAnyMethod().AllowAnyHeader()
                .WithExposedHeaders("Allow", "Retry-After").SetPreflightMaxAge(TimeSpan.FromHours(1)));
        });
        services.AddRateLimiter(o => ConfigureRateLimit(o, configuration));
        services.AddResultCache(configuration);
        services.AddSingleton<SearchGate>();
        return services;
    }

    /// <summary>
    /// The origins whose pages may read the public API, EduPlan:Cors:AllowedOrigins: a list in appsettings, or one string of origins
    /// apart by commas or spaces (EduPlan__Cors__AllowedOrigins="https://a.edu.vn,https://b.gov.vn"). None, or "*", is any origin.
    /// Each is a scheme, a host and a port, as a browser sends Origin: one with a path or without a scheme never matched, and every
    /// portal would have been refused with nothing said, so the service does not start.
    /// </summary>
    public static IReadOnlyList<string> ReadAllowedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection(AllowedOriginsKey);
        var listed = section.GetChildren().Select(c => c.Value).Prepend(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (listed.Count == 0 || listed.Contains("*")) return [];
        return listed.Select(origin =>
            Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
                ? uri.GetLeftPart(UriPartial.Authority)
                : throw new InvalidOperationException($"{AllowedOriginsKey}: '{origin}' is not an origin; give each as a browser sends it, " +
                                                      "a scheme and a host, with a port if not the scheme's own (https://portal.example, http://portal.example:8080).")).Distinct().ToList();
    }

    /// <summary>The origins <see cref="ReadAllowedOrigins"/> read at start; none is any origin.</summary>
    public sealed record AllowedOrigins(IReadOnlyList<string> Origins);

    private static CorsPolicyBuilder AllowOrigins(CorsPolicyBuilder policy, IReadOnlyList<string> origins) =>
        origins.Count == 0 ? policy.AllowAnyOrigin() : policy.WithOrigins([.. origins]);

    /// <summary>
    /// A request to the public API that routing refuses before any endpoint answers: no route at its path (404), or none there taking its
    /// method (405), and a preflight for such a request. Not a preflight routing answers 405: an endpoint at its path takes the method
    /// asked for but answers no other origin (as the administration's), and must not be let be sent.
    /// </summary>
    private static bool RefusedByRouting(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments(ApiPrefix) || request.Path.StartsWithSegments(AdminPrefix)) return false;
        return context.GetEndpoint() switch
        {
            null => true,
            RouteEndpoint => false,
            _ => !(HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod)),
        };
    }

    /// <summary>
    /// Per-client rate limit on the public API: EduPlan:RateLimit:PermitsPerMinute (default 1200; 0 turns
    /// it off, as the load benchmark does). Over the limit: 429 with Retry-After.
    /// </summary>
    private static void ConfigureRateLimit(RateLimiterOptions options, IConfiguration configuration)
    {
        var permits = int.TryParse(configuration["EduPlan:RateLimit:PermitsPerMinute"], out var p) ? p : 1200;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (permits <= 0 || !context.Request.Path.StartsWithSegments(ApiPrefix)) return RateLimitPartition.GetNoLimiter("off");
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            });
        });
        options.OnRejected = async (context, token) =>
        {
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
            context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.HttpContext.Response.Headers.RetryAfter = retry.ToString();
            await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails =
                {
                    Status = 429, Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4", Title = "Too many requests",
                    Detail = $"This client sent more than {permits} requests in a minute; retry in {retry} s.",
                },
            });
        };
    }

    /// <summary>
    /// Text files say they are UTF-8: a portal page in windows-1252 read the widget's script in its own encoding, and its
    /// Vietnamese labels came out as "TÃ¬m kiáº¿m".
    /// </summary>
    private static Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider TextWithCharset()
    {
        var provider = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        foreach (var (extension, type) in provider.Mappings.ToList())
            if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml")
                provider.Mappings[extension] = $"{(type == "application/javascript" ? "text/javascript" : type)}; charset=utf-8";
        return provider;
    }

    /// <summary>The API's parameters that take one value; filters (province, kind, year, schoolYear, scope) take several, OR'd.</summary>
    private static readonly string[] SingleValued = ["q", "page", "size", "focus", "depth", "limit", "format"];

    /// <summary>
    /// A query string whose escapes are not UTF-8 ("q=%FF%FE", a Latin-1 form): ASP.NET leaves such escapes undecoded, and "%FF%FE" was
    /// searched as those six characters and found nothing, as if no document held the words sent.
    /// </summary>
    private static ProblemHttpResult? NotUtf8(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments(ApiPrefix) || request.QueryString.Value is not { } raw || raw.IndexOf('%') < 0) return null;
        // A character is one escape or several in a row: each run of escapes must be whole UTF-8 on its own.
        var run = new byte[raw.Length / 3]; // some clients escape every character
        var length = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i + 2 < raw.Length && raw[i] == '%' && byte.TryParse(raw.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, null, out var b))
            {
                run[length++] = b;
                i += 2;
                continue;
            }
            if (length > 0 && !Utf8.IsValid(run.AsSpan(0, length))) return Invalid();
            length = 0;
        }
        return null;

        static ProblemHttpResult Invalid() =>
            Problems.BadRequest("The query string is not UTF-8: percent-encode its values as UTF-8 (q=gi%C3%A1o for \"giáo\").");
    }

    /// <summary>
    /// A 400 for a one-value parameter given twice. The binder joined the values with a comma: "page=1&amp;page=2" was refused as
    /// "not a whole number", and "q=a&amp;q=b" on the instruments matched nothing, silently.
    /// </summary>
    private static ProblemHttpResult? OneValueTwice(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments(ApiPrefix)) return null;
        foreach (var name in SingleValued)
            if (request.Query[name].Count > 1)
                return Problems.BadRequest(name == "q"
                    ? "q is given more than once; give one q (join alternatives with OR: q=Lai Châu OR Sơn La)."
                    : $"{name} is given more than once; give it once.");
        return null;
    }

    public static WebApplication UseEduPlanSearch(this WebApplication app)
    {
        var origins = app.Services.GetRequiredService<AllowedOrigins>().Origins;
        // The portals that may read the API are those that may frame the search: with the origins restricted, any site could still frame it.
        var frameAncestors = origins.Count == 0 ? "*" : string.Join(' ', origins.Prepend("'self'"));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = $"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors {frameAncestors}";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
        // HEAD is GET without the body (RFC 9110): every GET endpoint answered it 405. Routed as GET, the server itself, which
        // knows the request was HEAD, sends the headers alone.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method)) context.Request.Method = HttpMethods.Get;
            return next();
        });
        app.UseRouting();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = TextWithCharset(),
            // The widget's script is fetched from other origins' pages, as a module or by fetch() too: by those the API answers.
            OnPrepareResponse = file =>
            {
                if (file.File.Name != "embed.js") return;
                var headers = file.Context.Response.Headers;
                if (origins.Count == 0) headers.AccessControlAllowOrigin = "*";
                else
                {
                    headers.Append(HeaderNames.Vary, HeaderNames.Origin);
                    if (origins.Contains(file.Context.Request.Headers.Origin.ToString(), StringComparer.OrdinalIgnoreCase))
                        headers.AccessControlAllowOrigin = file.Context.Request.Headers.Origin;
                }
            },
        });
        // A refusal read by a portal as its endpoints' answers are: a 405 without CORS headers was a bare network error in its browser.
        app.UseWhen(RefusedByRouting, refused => refused.UseCors(RefusalCors));
        app.UseCors();
        // After CORS: a portal on another origin reads these 400s' detail, as it reads its endpoints' own (before, its fetch failed bare).
        app.Use(async (context, next) =>
        {
            if ((OneValueTwice(context.Request) ?? NotUtf8(context.Request)) is { } problem) await problem.ExecuteAsync(context);
            else await next();
        });
        app.UseRateLimiter();
        app.UseOutputCache();
        ResultCache.EvictOnSwap(app.Services);
        // Read by portals' generated clients and documentation pages on other origins, as the API it describes is.
        app.MapOpenApi().RequireCors(PublicCors);
        return app;
    }

    /// <summary>
    /// The group every API route is mapped in, saying once for the OpenAPI document what the middleware answers on any of them: 429
    /// past the rate limit (<see cref="ConfigureRateLimit"/>), and 405 for a method the route does not take.
    /// </summary>
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app) =>
        app.MapGroup(ApiPrefix).ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status405MethodNotAllowed);
}

/// <summary>Opens (or builds) the index in the background, so the service starts listening at once and /healthz tells when it is ready.</summary>
internal sealed class IndexStartup(SearchService search, IConfiguration configuration, ILogger<IndexStartup> log) : IHostedService, IDisposable
{
    private CorpusWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                search.EnsureIndex();
                if (search.Current is { } index)
                    log.LogInformation("Index {Generation} open: {Count} documents.", index.Generation.Name, index.Documents.Count);
                // Files added, changed or removed in the corpus folder are re-indexed alone, while searches go on.
                if (!string.Equals(configuration["EduPlan:WatchCorpus"], "false", StringComparison.OrdinalIgnoreCase))
                    _watcher = new CorpusWatcher(search);
            }
            catch (Exception e)
            {
                log.LogError(e, "The index could not be opened or built.");
            }
        }, cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _watcher?.Dispose();
}
