using EduPlan.Search.Api;

if (args.Length > 0 && args[0] == "rebuild")
    return RebuildCommand.Run(args[1..]);

var builder = WebApplication.CreateBuilder(args);
builder.FindWebRoot();
builder.Services.AddEduPlanSearch(builder.Configuration);

var app = builder.Build();
app.UseEduPlanSearch();
app.MapSiteEndpoints();
app.MapSearchApi();
app.MapDocumentsApi();
app.MapInstrumentsApi();
app.MapAbbreviationsApi();
app.MapAdminApi();
app.Run();
return 0;

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
