namespace Kraken.Codegen.Core.Projects;

/// <summary>What a .graphql, .graphqls or introspection .json file of a project is (see <see cref="GraphQLFileConventions"/>).</summary>
public enum GraphQLFileKind
{
    Operations,
    SchemaSdl,
    SchemaIntrospection,
}
