using Kraken.Codegen.Benchmarks.Compile;

namespace Kraken.Codegen.Benchmarks.Tests;

/// <summary>
/// <see cref="CompilerReport"/> on excerpts of a real detailed build log (<c>dotnet build -p:ReportAnalyzer=true -v:d</c>
/// of a consumer project with the file logger's <c>PerformanceSummary</c>, .NET SDK 10.0.401, compiler 5.9), shortened
/// to a few rows of each table.
/// </summary>
public sealed class CompilerReportTests
{
    private const string CapturedLog = """
               Microsoft (R) Visual C# Compiler version 5.9.0-1.26423.113 (e34a38d2ae1fc26406a317517196e55c68ff83ab)
               Copyright (C) Microsoft Corporation. All rights reserved.
               NOTE: Elapsed time may be less than analyzer execution time because analyzers can run concurrently.

               Total analyzer execution time: 1.246 seconds.

               Time (s)    %   Analyzer
                  1.014   81   Microsoft.CodeAnalysis.CSharp.NetAnalyzers, Version=10.0.401.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
                  0.575   46      Microsoft.NetCore.CSharp.Analyzers.Runtime.CSharpDetectPreviewFeatureAnalyzer (CA2252)
                 <0.001   <1      Microsoft.NetCore.CSharp.Analyzers.Runtime.CSharpDoNotUseStackallocInLoopsAnalyzer (CA2014)

                  0.089    7   Kraken.Codegen.Generator, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null
                  0.089    7      Kraken.Codegen.Generator.Analysis.GraphQLDocumentAnalyzer (KGQL0001, KGQL0002, KGQL0003)

                  0.007   <1   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
                  0.005   <1      Microsoft.Interop.Analyzers.RuntimeComApiUsageWithSourceGeneratedComAnalyzer (SYSLIB1099)

               NOTE: 1 diagnostic suppressors were found. Diagnostic suppressors never run concurrently.
               All analyzers have enabled concurrent execution.

               Total generator execution time: 1.930 seconds.

               Time (s)    %   Generator
                  1.212   62   Kraken.Codegen.Generator, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null
                  1.212   62      Kraken.Codegen.Generator.GraphQLClientGenerator
                  0.362   18   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.14.42308, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a
                  0.294   15      Microsoft.Interop.ComInterfaceGenerator
             Done executing task "Csc".
           1>Done building target "CoreCompile" in project "Consumer.csproj".

        Target Performance Summary:
              225 ms  ResolveAssemblyReferences                  1 calls
            87695 ms  CoreCompile                                1 calls

        Task Performance Summary:
               75 ms  GetPackageDirectory                       10 calls
              223 ms  ResolveAssemblyReference                   1 calls
            87672 ms  Csc                                        1 calls

        Build succeeded.
        """;

    [Fact]
    public void Reads_the_generator_and_the_analyzer_rows_of_their_own_tables()
    {
        var report = CompilerReport.Parse(CapturedLog.Split('\n'));

        Assert.Equal(1.212, report.GeneratorSeconds);
        Assert.Equal(0.089, report.AnalyzerSeconds);
        Assert.Equal(1.930, report.AllGeneratorsSeconds);
        Assert.Equal(87.672, report.CscTaskSeconds);
    }

    [Fact]
    public void Reads_rows_with_a_node_prefix_and_times_below_a_millisecond()
    {
        var log = new[]
        {
            "1>  Total analyzer execution time: 0.002 seconds.",
            "1>     <0.001   <1      Kraken.Codegen.Generator.Analysis.GraphQLDocumentAnalyzer (KGQL0001)",
            "1>  Total generator execution time: 0.250 seconds.",
            "1>      0.240   96      Kraken.Codegen.Generator.GraphQLClientGenerator",
        };

        var report = CompilerReport.Parse(log);

        Assert.Equal(0.240, report.GeneratorSeconds);
        Assert.Equal(0.001, report.AnalyzerSeconds);
    }

    [Fact]
    public void Adds_up_the_compilations_of_a_build_with_several_targets()
    {
        var table = new[]
        {
            "Total generator execution time: 1.000 seconds.",
            "   0.600   60      Kraken.Codegen.Generator.GraphQLClientGenerator",
        };

        var report = CompilerReport.Parse(table.Concat(table.Select(l => l.Replace("0.600", "0.700", StringComparison.Ordinal))));

        Assert.Equal(1.3, report.GeneratorSeconds!.Value, precision: 6);
        Assert.Equal(2.0, report.AllGeneratorsSeconds!.Value, precision: 6);
    }

    [Fact]
    public void A_log_without_the_report_gives_no_figures()
    {
        var log = new[]
        {
            "  Kraken.Codegen.Generator.GraphQLClientGenerator is mentioned, but outside any report table",
            "   1.500   50      Kraken.Codegen.Generator.GraphQLClientGenerator",
        };

        var report = CompilerReport.Parse(log);

        Assert.Null(report.GeneratorSeconds);
        Assert.Null(report.AnalyzerSeconds);
        Assert.Null(report.AllGeneratorsSeconds);
        Assert.Null(report.CscTaskSeconds);
    }

    [Fact]
    public void A_generator_row_in_the_analyzer_table_is_not_taken_for_the_generator()
    {
        var log = new[]
        {
            "Total analyzer execution time: 0.500 seconds.",
            "   0.400   80      Kraken.Codegen.Generator.GraphQLClientGenerator",
        };

        var report = CompilerReport.Parse(log);

        Assert.Null(report.GeneratorSeconds);
    }
}
