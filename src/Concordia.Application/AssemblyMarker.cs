namespace Concordia.Application;
internal static class AssemblyMarker;
