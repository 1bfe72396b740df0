using System.Reflection;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Kraken.Codegen.Generator.Emitting;

/// <summary>
/// The Scriban templates, embedded in this assembly and parsed once per process. Renders use a context of their
/// thread's (with one empty set of built-ins) with strict variables, so a misspelt name in a template fails loudly in
/// tests instead of printing nothing; each render pushes its model as the only global and pops it afterwards.
/// Templates indent explicitly (nested declarations take their indent as an argument), so the output is final as rendered.
/// </summary>
internal static class Templates
{
    private static readonly Lazy<Template> OperationTemplate = Load("Operation");
    private static readonly Lazy<Template> EnumTemplate = Load("Enum");
    private static readonly Lazy<Template> InputObjectTemplate = Load("InputObject");
    private static readonly Lazy<Template> FragmentInterfaceTemplate = Load("FragmentInterface");
    private static readonly Lazy<Template> ClientTemplate = Load("Client");

    public static Template Operation => OperationTemplate.Value;

    public static Template Enum => EnumTemplate.Value;

    public static Template InputObject => InputObjectTemplate.Value;

    public static Template FragmentInterface => FragmentInterfaceTemplate.Value;

    public static Template Client => ClientTemplate.Value;

    // The templates call no built-in function (string.*, array.*, …). Scriban's default context copies its whole
    // library of built-ins for every new context, which was a quarter of the rendering time; an empty, read-only
    // object in its place costs nothing and is safe to share between renders on any thread.
    private static readonly ScriptObject NoBuiltins = new() { IsReadOnly = true };

    // A rendering thread keeps its context and output buffer: a context is costly to set up, and a buffer that has
    // grown to the size of a file takes the next file without growing again (in a fresh compiler process, allocation
    // is what rendering spends most on, through the garbage collections it causes). A buffer that grew past this
    // many characters is not kept.
    private const int MaxKeptOutputCharacters = 1 << 20;

    [ThreadStatic]
    private static RenderState? t_state;

    public static string Render(Template template, ScriptObject model)
    {
        var state = t_state ?? new RenderState();
        t_state = null;
        state.Output.Clear();
        state.Context.PushGlobal(model);
        var text = template.Render(state.Context);
        state.Context.PopGlobal();

        // Kept only after a render that completed: one that threw may have left the context mid-way.
        if (state.Output.Capacity <= MaxKeptOutputCharacters)
        {
            t_state = state;
        }

        return text;
    }

    private sealed class RenderState
    {
        public RenderState()
        {
            Context = new TemplateContext(NoBuiltins)
            {
                StrictVariables = true,
                EnableRelaxedMemberAccess = false,
                LoopLimit = 0,
                RecursiveLimit = 0,
                NewLine = "\n",
                AutoIndent = false,
            };
            Context.PushOutput(new StringBuilderOutput(Output));
        }

        public StringBuilder Output { get; } = new();

        public TemplateContext Context { get; }
    }

    private static Lazy<Template> Load(string name) => new(() =>
    {
        var resource = "Kraken.Codegen.Generator.Templates." + name + ".scriban";
        using var stream = typeof(Templates).GetTypeInfo().Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded template " + resource);
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd().Replace("\r\n", "\n"), resource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Template " + name + " does not parse: " + string.Join("; ", template.Messages));
        }

        return template;
    });
}
