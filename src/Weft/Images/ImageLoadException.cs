namespace Weft.Images;

/// <summary>Thrown when an image cannot be loaded or decoded; the message names the image.</summary>
public sealed class ImageLoadException : Exception
{
    /// <summary>Creates the exception; the message is <c>image: detail</c>.</summary>
    /// <param name="problem">The kind of problem.</param>
    /// <param name="image">A short name for the image (path, URL or description).</param>
    /// <param name="detail">What went wrong, without the image name.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ImageLoadException(ImageLoadProblem problem, string image, string detail, Exception? innerException = null)
        : base($"{image}: {detail}", innerException)
    {
        Problem = problem;
        Image = image;
        Detail = detail;
    }

    /// <summary>The kind of problem.</summary>
    public ImageLoadProblem Problem { get; }

    /// <summary>A short name for the image (path, URL or description).</summary>
    public string Image { get; }

    /// <summary>What went wrong, without the image name.</summary>
    public string Detail { get; }
}
