namespace Kraken.Codegen.Runtime;

/// <summary>
/// A value that may be absent, which is different from null: an absent input field or variable is not sent,
/// a null one is sent as <c>null</c>. Kraken's update mutations treat the two differently (null clears a value,
/// absent leaves it alone). Assigning a value, including null, makes it present; <c>default</c> is absent.
/// </summary>
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T _value;

    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>An absent value.</summary>
    public static Optional<T> Absent => default;

    /// <summary>True when a value (possibly null) was given.</summary>
    public bool HasValue { get; }

    /// <summary>The value; throws when absent.</summary>
    public T Value => HasValue ? _value : throw new InvalidOperationException("The optional value is absent.");

    /// <summary>The value when present, otherwise <paramref name="fallback"/>.</summary>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    public static implicit operator Optional<T>(T value) => new(value);

    public bool Equals(Optional<T> other) =>
        HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    public override int GetHashCode() => HasValue ? EqualityComparer<T>.Default.GetHashCode(_value!) ^ 0x5bd1e995 : 0;

    public override string ToString() => HasValue ? _value?.ToString() ?? "null" : "(absent)";

    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);
}
