using Microsoft.AspNetCore.Authentication.Cookies;

namespace DetainerDesk.Web.Infrastructure;

public static class CookieSetup
{
    /// <summary>Sign-in sessions: 30 idle minutes, strict same-site, and plain 401/403 (not a redirect) for the API.</summary>
    public static void Configure(CookieAuthenticationOptions o)
    {
        o.LoginPath = "/Account/SignIn";
        o.LogoutPath = "/Account/SignOut";
        o.AccessDeniedPath = "/Account/Denied";
        o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        o.SlidingExpiration = true;
        o.Cookie.Name = "dd.session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
