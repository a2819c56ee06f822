using System.Collections;

namespace Weft.Tests.Runs;

/// <summary>A list whose last element cannot be read: a write given it fails half way, to show nothing of it is kept.</summary>
internal sealed class FailingList<T>(params T[] items) : IReadOnlyList<T>
{
    public int Count => items.Length + 1;

    public T this[int index] => index < items.Length ? items[index] : throw new InvalidOperationException("the last element failed");

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in items)
        {
            yield return item;
        }

        throw new InvalidOperationException("the last element failed");
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
