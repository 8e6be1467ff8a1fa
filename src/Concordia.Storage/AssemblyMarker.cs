namespace Concordia.Storage;
internal static class AssemblyMarker;
