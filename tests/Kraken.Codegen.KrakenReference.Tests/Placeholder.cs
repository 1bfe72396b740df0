namespace Kraken.Codegen.KrakenReference.Tests;
