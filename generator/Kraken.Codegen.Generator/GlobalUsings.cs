// The project conventions (file kinds, schema groups, settings) live in the core, shared with the language server.
global using Kraken.Codegen.Core.Projects;
