namespace Concordia.Text;
internal static class AssemblyMarker;
