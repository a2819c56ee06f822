namespace Weft.SampleMaker.Drawing;

/// <summary>How a stick figure holds its arms.</summary>
internal enum Pose
{
    ArmsDown,
    ArmsUp,
    Reaching,
}
