using EduPlan.Search.Api;

if (args.Length > 0 && args[0] == "rebuild")
    return RebuildCommand.Run(args[1..]);

var builder = WebApplication.CreateBuilder(args);
builder.FindWebRoot();
builder.Services.AddEduPlanSearch(builder.Configuration);

var app = builder.Build();
app.UseEduPlanSearch();
app.MapSiteEndpoints();
var api = app.MapApi();
api.MapSearchApi();
api.MapDocumentsApi();
api.MapInstrumentsApi();
api.MapAbbreviationsApi();
api.MapAdminApi();
app.Run();
return 0;

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
