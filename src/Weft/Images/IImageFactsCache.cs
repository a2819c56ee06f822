namespace Weft.Images;

/// <summary>Facts of local image files remembered from an earlier check, valid while the file's length and modification time are unchanged.</summary>
internal interface IImageFactsCache
{
    /// <summary>The remembered facts of <paramref name="path"/> when its length and modification time still match.</summary>
    bool TryGet(string path, long length, DateTime modifiedUtc, out ImageFacts facts);

    /// <summary>Remembers the facts of <paramref name="path"/> as it was at <paramref name="length"/> and <paramref name="modifiedUtc"/>.</summary>
    void Add(string path, long length, DateTime modifiedUtc, ImageFacts facts);
}
