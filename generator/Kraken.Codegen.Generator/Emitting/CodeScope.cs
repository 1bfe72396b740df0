namespace Kraken.Codegen.Generator.Emitting;

/// <summary>
/// A place in generated code where a type name is looked up: the namespace, a class or record, or one nested in it.
/// C# finds a simple name in the innermost scope that declares a type of that name, so a generated type can be named
/// briefly only where no scope between the reference and the type's own declares the same name (schema names are
/// untrusted: a record may be named like an enum). <see cref="Spell"/> picks the short name when it is safe and the
/// fully qualified one otherwise.
/// </summary>
internal sealed class CodeScope
{
    private readonly HashSet<string> _types;

    private CodeScope(CodeScope? parent, string name, string qualifiedName, IEnumerable<string> types)
    {
        Parent = parent;
        Name = name;
        QualifiedName = qualifiedName;
        _types = new HashSet<string>(types, StringComparer.Ordinal);
    }

    public CodeScope? Parent { get; }

    /// <summary>The type's simple name (empty for the namespace).</summary>
    public string Name { get; }

    /// <summary><c>global::Test.Client</c> for a namespace, <c>global::Test.Client.AccountQuery</c> for a class in it.</summary>
    public string QualifiedName { get; }

    /// <summary>The namespace of the generated code (empty for the global namespace).</summary>
    public static CodeScope Namespace(string name) => new(null, string.Empty, name.Length == 0 ? "global::" : "global::" + name, Array.Empty<string>());

    /// <summary>A type declared in this scope, with the names of the types nested in it.</summary>
    public CodeScope Nested(string name, IEnumerable<string> nestedTypes) => new(this, name, Qualify(name), nestedTypes);

    /// <summary>The name of <paramref name="name"/>, declared in <paramref name="declaredIn"/>, as code in this scope writes it.</summary>
    public string Spell(CodeScope declaredIn, string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (ReferenceEquals(scope, declaredIn))
            {
                return name;
            }

            if (scope._types.Contains(name))
            {
                return declaredIn.Qualify(name);
            }
        }

        // The declaring type does not enclose this scope: name the type through it (AccountQuery.Data).
        return declaredIn.Parent is { } parent ? Spell(parent, declaredIn.Name) + "." + name : declaredIn.Qualify(name);
    }

    private string Qualify(string name) => QualifiedName.EndsWith("::", StringComparison.Ordinal) ? QualifiedName + name : QualifiedName + "." + name;
}
