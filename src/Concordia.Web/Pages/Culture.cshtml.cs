using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Concordia.Web.Pages;

/// <summary>The language switch: a plain link (works without JavaScript) that remembers the choice in a cookie.</summary>
public sealed class CultureModel : PageModel
{
    public IActionResult OnGet(string? lang, string? returnUrl)
    {
        var culture = PortalSetup.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == lang) ?? PortalSetup.Cultures[0];
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
