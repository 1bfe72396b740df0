using System.CommandLine;
using Kraken.Codegen.Tool.Loading;
using Kraken.Codegen.Tool.Introspection;
using Kraken.Codegen.Tool.Sdl;

namespace Kraken.Codegen.Tool.Commands;

/// <summary>
/// <c>kraken-codegen introspect</c>: fetches a schema from a GraphQL endpoint as SDL or introspection JSON. Exit codes:
/// 0 written, 2 usage or input problems (bad URL or header, server unreachable, errors in the answer).
/// </summary>
internal static class IntrospectCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("url") { Description = "The GraphQL endpoint, for example https://api.oeg-kraken.energy/v1/graphql/." };
        var headers = new Option<string[]>("--header", "-H") { Description = "An HTTP header, \"Name: value\" (repeatable), for example \"Authorization: <token>\"." };
        var format = CommandSupport.FormatOption("sdl", "sdl", "json");
        var output = CommandSupport.OutputOption("Write the schema to this file instead of standard output.");
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the server. Default: 60.", DefaultValueFactory = _ => 60 };
        var command = new Command("introspect", """
            Fetch a schema by the standard introspection query (deprecated fields, arguments, input fields and enum
            values included, with specifiedByURL and isOneOf; older servers get a legacy query) and write it as SDL
            (types sorted by name, members in the server's order) or as the raw JSON result.
            Exit codes: 0 written, 2 usage or input problems (bad URL or header, server unreachable, errors in the answer).

            Examples:
              kraken-codegen introspect https://api.oeg-kraken.energy/v1/graphql/ --output schema.graphqls
              kraken-codegen introspect http://127.0.0.1:5099/graphql/ --header "Authorization: <token>" --format json -o introspection.json
            """)
        {
            url,
            headers,
            format,
            output,
            timeout,
        };
        command.SetAction((parse, cancellationToken) => CommandSupport.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var text = parse.GetRequiredValue(url);
            if (!Uri.TryCreate(text, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                throw new InputException($"'{text}' is not an http or https URL.");
            }

            var seconds = parse.GetValue(timeout);
            if (seconds <= 0)
            {
                throw new InputException("--timeout must be a positive number of seconds.");
            }

            var json = await IntrospectionClient.FetchAsync(endpoint, parse.GetValue(headers) ?? [], TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);

            // Checked in both formats: a partial or broken result is refused here, not at the next build.
            var schemaModel = SchemaFiles.FromIntrospection(endpoint.ToString(), json);
            var result = parse.GetRequiredValue(format) == "json" ? json.TrimEnd() + "\n" : SchemaPrinter.Print(schemaModel);
            CommandSupport.Emit(result, parse.GetValue(output), parse.InvocationConfiguration.Output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
