using Kraken.Codegen.Core.Schema;
using Kraken.Codegen.Core.Text;
using Kraken.Codegen.Core.Validation;

namespace Kraken.Codegen.Core.Tests.Validation;

/// <summary>Use of deprecated fields, arguments, input fields and enum values, with Kraken's and the UK's wording.</summary>
public sealed class DeprecatedUsageRuleTests
{
    private const string Sdl = """
        type Query {
          account(number: String, accountNumber: String @deprecated(reason: "Use 'number'.\n- Marked as deprecated on 2023-02-01.\n- Scheduled for removal on or after 2024-02-01.")): Account
          balance: Int @deprecated(reason: "The 'balance' field is deprecated.\nUse 'ledgers' instead.\n- Marked as deprecated on 2024-01-15.\n- Scheduled for removal on or after 2025-06-30.")
          bills: Int @deprecated(reason: "Use 'statements'.\n- Will be removed on 2023-10-01.")
          legacy: Int @deprecated
          readings(filter: ReadingFilter, kind: ReadingKind): Int
        }
        type Account { number: String }
        input ReadingFilter { from: String, since: String @deprecated(reason: "Use 'from'.\n- Marked as deprecated on 2022-05-05.") }
        enum ReadingKind { SMART ESTIMATED MANUAL @deprecated(reason: "Manual readings are gone.\n- Scheduled for removal on or after 2026-01-01.") }
        """;

    private static readonly SchemaModel Schema = SchemaBuilder.Build(new SourceFile("kraken.graphql", Sdl));

    [Theory]
    [InlineData("{ balance }", "KGQL0301", "Field 'Query.balance' is deprecated (since 2024-01-15; removal on or after 2025-06-30): The 'balance' field is deprecated. Use 'ledgers' instead. - Marked as deprecated on 2024-01-15. - Scheduled for removal on or after 2025-06-30.", 3)]
    [InlineData("{ bills }", "KGQL0301", "Field 'Query.bills' is deprecated (removal on or after 2023-10-01): Use 'statements'. - Will be removed on 2023-10-01.", 3)]
    [InlineData("{ legacy }", "KGQL0301", "Field 'Query.legacy' is deprecated: No longer supported", 3)]
    [InlineData("{ account(accountNumber: \"A-1\") { number } }", "KGQL0302", "Argument 'Query.account(accountNumber:)' is deprecated (since 2023-02-01; removal on or after 2024-02-01): Use 'number'. - Marked as deprecated on 2023-02-01. - Scheduled for removal on or after 2024-02-01.", 11)]
    [InlineData("{ readings(filter: { since: \"2024\" }) }", "KGQL0303", "Input field 'ReadingFilter.since' is deprecated (since 2022-05-05): Use 'from'. - Marked as deprecated on 2022-05-05.", 22)]
    [InlineData("{ readings(kind: MANUAL) }", "KGQL0304", "Enum value 'ReadingKind.MANUAL' is deprecated (removal on or after 2026-01-01): Manual readings are gone. - Scheduled for removal on or after 2026-01-01.", 18)]
    public void Warns_with_the_reason_and_dates_without_an_as_of_date(string document, string id, string message, int column)
    {
        var diagnostics = ValidationHarness.Validate(document, schema: Schema);
        var warning = ValidationHarness.AssertSingle(diagnostics, id, message, 1, column);
        Assert.Equal(Diagnostics.GraphQLDiagnosticSeverity.Warning, warning.Severity);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("{ balance }", "2025-06-30", "KGQL0305", "Field 'Query.balance' is past its removal date (2025-06-30, as of 2025-06-30) and may no longer exist: The 'balance' field is deprecated. Use 'ledgers' instead. - Marked as deprecated on 2024-01-15. - Scheduled for removal on or after 2025-06-30.")]
    [InlineData("{ balance }", "2025-06-29", "KGQL0301", "Field 'Query.balance' is deprecated (since 2024-01-15; removal on or after 2025-06-30): The 'balance' field is deprecated. Use 'ledgers' instead. - Marked as deprecated on 2024-01-15. - Scheduled for removal on or after 2025-06-30.")]
    [InlineData("{ bills }", "2024-01-01", "KGQL0305", "Field 'Query.bills' is past its removal date (2023-10-01, as of 2024-01-01) and may no longer exist: Use 'statements'. - Will be removed on 2023-10-01.")]
    [InlineData("{ legacy }", "2099-01-01", "KGQL0301", "Field 'Query.legacy' is deprecated: No longer supported")]
    public void Escalates_to_an_error_on_or_after_the_removal_date(string document, string asOf, string id, string message)
    {
        var options = new ValidationOptions { AsOfDate = DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture) };
        var diagnostic = ValidationHarness.AssertSingle(ValidationHarness.Validate(document, options, Schema), id, message, 1, 3);
        Assert.Equal(id == "KGQL0305", diagnostic.IsError);
    }

    [Fact]
    public void Stays_silent_when_deprecations_are_not_reported()
    {
        Assert.Empty(ValidationHarness.Validate("{ balance bills }", new ValidationOptions { ReportDeprecations = false }, Schema));
    }
}
