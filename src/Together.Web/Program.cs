using Together.Web.Infrastructure.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTogether();

var app = builder.Build();
app.UseTogether();

return await TogetherCommands.RunAsync(app, args);

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
