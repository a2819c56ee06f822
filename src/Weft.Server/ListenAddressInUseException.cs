namespace Weft.Server;

/// <summary>An address of <see cref="ServerOptions.Urls"/> is taken by another process: the user's choice of address, not a bug.</summary>
public sealed class ListenAddressInUseException : Exception
{
    /// <summary>Creates the exception for the address asked for, as host:port.</summary>
    public ListenAddressInUseException(string address, Exception innerException)
        : base($"address {address} is in use", innerException) => Address = address;

    /// <summary>Creates the exception without an address.</summary>
    public ListenAddressInUseException()
    {
        Address = string.Empty;
    }

    /// <summary>Creates the exception with its message.</summary>
    public ListenAddressInUseException(string message)
        : base(message)
    {
        Address = string.Empty;
    }

    /// <summary>The address asked for, as host:port (e.g. <c>127.0.0.1:5175</c>); several are separated by ", ".</summary>
    public string Address { get; }
}
