namespace Concordia.Cli.Commands;

/// <summary>What the command's exit code means (sysexits.h where one fits).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some inputs failed; the others were processed.</summary>
    public const int PartialFailure = 1;
    public const int Usage = 64;
    public const int BadInput = 65;
    public const int Unavailable = 69;
    public const int Internal = 70;
    public const int CannotCreateOutput = 73;
}
