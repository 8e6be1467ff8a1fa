using Concordia.Application.Abstractions;

namespace Concordia.Web.Api.Infrastructure;

/// <summary>
/// The audit trail's actor for changes made through a web request: the signed-in user's name, or "anonymous" while the
/// product has no sign-in. Work outside a request (start-up, reference data) stays "system".
/// </summary>
internal sealed class RequestActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name => accessor.HttpContext switch
    {
        null => new SystemActor().Name,
        { User.Identity: { IsAuthenticated: true, Name: { Length: > 0 } name } } => name,
        _ => "anonymous",
    };
}
