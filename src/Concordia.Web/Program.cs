using Concordia.Web;

// `dotnet run --project src/Concordia.Web` and WebApplicationFactory<Program> start here; `concordia serve` calls
// ConcordiaWebApp directly. Options come from configuration (Concordia:Sqlite, Concordia:Postgres, Concordia:Urls).
var builder = WebApplication.CreateBuilder(args);
var options = ConcordiaHostOptions.FromConfiguration(builder.Configuration);
ConcordiaWebApp.Configure(builder, options);
var app = builder.Build();
await ConcordiaWebApp.InitializeAsync(app);
app.MapEndpoints();
await app.RunAsync();

public partial class Program;
